# livemock: the Polyv, Xiaoe-tech and Volcengine livesaas mock for shared demo and staging environments.
#   docker build -t livemock .
#   docker run -p 4010:4010 -e LIVEMOCK_ADMIN_TOKEN=change-me -v livemock-data:/data livemock
FROM node:20-bookworm-slim

ENV NODE_ENV=production \
    LIVEMOCK_HOST=0.0.0.0 \
    LIVEMOCK_PORT=4010 \
    LIVEMOCK_DATA_DIR=/data

WORKDIR /app
# Runtime dependencies only (esbuild bundles the sources below; tsx runs them when the bundle is stale).
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY bin ./bin
COPY src ./src
COPY specs ./specs
COPY tsconfig.json ./
COPY scripts/build.mjs ./scripts/
# The bundle starts in ~250 ms instead of ~500 ms through tsx.
RUN node scripts/build.mjs

# Non-root; the state directory belongs to that user (mount a volume there to keep it).
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 4010

# /__livemock/health stays open even with an admin token.
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.LIVEMOCK_PORT || 4010) + '/__livemock/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"

# A small young generation keeps a busy server's memory flat (see README, npm run soak).
ENTRYPOINT ["node", "--max-semi-space-size=2", "bin/livemock.js"]
CMD ["serve"]
