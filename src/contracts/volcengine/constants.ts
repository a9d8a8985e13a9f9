/**
 * Fixed facts about the Volcengine livesaas endpoint livemock imitates.
 */

/** Signing service name (credential scope). */
export const VOLC_SERVICE = "livesaas";
/** Signing region (credential scope). */
export const VOLC_REGION = "cn-north-1";
/** The real vendor host. */
export const VOLC_HOST = "livesaas.volcengineapi.com";
/** The API version of the red-packet actions. */
export const VOLC_RED_PACKET_VERSION = "2023-08-01";
/** The API version of the older red-packet data APIs (ListRedPacketDataAPI, ListRedPacketRecordAPI). */
export const VOLC_DATA_API_VERSION = "2020-06-01";
/** Seconds a signature stays valid either side of its X-Date (public parameter X-Expires, default 900). */
export const VOLC_SIGNATURE_WINDOW_SECONDS = 900;
/** The demo credentials the mock accepts by default (DESIGN.md); not real secrets. */
export const VOLC_DEMO_CREDENTIALS = { accessKeyId: "AKLTlivemockdemo", secretKey: "livemock-volc-secret" } as const;
