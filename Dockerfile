# livemock: the Polyv, Xiaoe-tech and Volcengine livesaas mock for shared demo and staging environments.
#   docker build -t livemock .
#   docker run -d -p 4010:4010 -e LIVEMOCK_ADMIN_TOKEN=change-me -v livemock-data:/data livemock
# The image is built from the npm package, as a user installs it: the first stage packs it (`npm pack`
# runs the build: TypeScript and esbuild); the image holds the tarball's files and the runtime
# dependencies from the lock file, and runs the CLI bundle (no TypeScript compiler or tsx inside).
# test/package/install-from-tarball.test.ts checks this recipe against the repository.

FROM node:20-bookworm-slim AS package
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json README.md LICENSE CHANGELOG.md ./
COPY scripts/build.mjs ./scripts/
COPY bin ./bin
COPY specs ./specs
COPY src ./src
RUN npm pack --pack-destination /package && tar -xzf /package/livemock-*.tgz -C /package

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    LIVEMOCK_HOST=0.0.0.0 \
    LIVEMOCK_PORT=4010 \
    LIVEMOCK_DATA_DIR=/data
WORKDIR /app
# The package's files (owned by root: the server cannot change them), then its runtime dependencies.
COPY --from=package /package/package/ ./
COPY package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

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
