// The official Volcengine Node SDK, unmodified, pointed at livemock by host and protocol.
// Run: npx tsx examples/volcengine-sdk.ts   (with `npm start` running; LIVEMOCK_URL to override)
import { livesaasOpenapi } from "@volcengine/openapi";

const base = new URL(process.env.LIVEMOCK_URL ?? "http://127.0.0.1:4010");
const livesaas = new livesaasOpenapi.LivesaasService({
  region: "cn-north-1",
  host: base.host, // instead of livesaas.volcengineapi.com
  protocol: base.protocol, // "http:" (with the colon: the SDK builds `${protocol}//${host}/`)
  accessKeyId: process.env.VOLC_ACCESSKEY ?? "AKLTlivemockdemo",
  secretKey: process.env.VOLC_SECRETKEY ?? "livemock-volc-secret",
});

// LivesaasService has no red-packet methods: call the actions through the generic JSON API.
const create = livesaas.createJSONAPI("CreateActivityRedPacket", { Version: "2023-08-01" });
const created = (await create({ ActivityID: 1824920000234844, TotalAmount: 10000, RedPacketNumber: 10 })) as {
  ResponseMetadata: { Error?: { Code: string; Message: string } };
  Result?: { ID: number };
};
if (created.ResponseMetadata.Error) throw new Error(`${created.ResponseMetadata.Error.Code}: ${created.ResponseMetadata.Error.Message}`);
console.log(JSON.stringify(created));
