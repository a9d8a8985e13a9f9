/**
 * Xiaoe push encryption [inferred: the WeChat WXBizMsgCrypt scheme, which Xiaoe's documented 16-char
 * token and 43-char EncodingAESKey point to]: AES-256-CBC with key = base64(EncodingAESKey + "="),
 * IV = the key's first 16 bytes, PKCS#7 padding to 32 bytes; plaintext = 16 random bytes + the
 * message length (4 bytes, big-endian) + the message + the app id; `msg_signature` = sha1 of the
 * sorted [token, timestamp, nonce, Encrypt] joined.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { hexDigest } from "../../util/hex-digest.ts";

const BLOCK = 32;

/** The AES key of an EncodingAESKey (43 characters of base64). */
export function xiaoeAesKey(encodingAESKey: string): Buffer {
  if (!/^[A-Za-z0-9+/]{43}$/.test(encodingAESKey)) throw new Error("the EncodingAESKey must be 43 characters of base64 (A-Z, a-z, 0-9, +, /)");
  return Buffer.from(`${encodingAESKey}=`, "base64");
}

/**
 * The `msg_signature` of an encrypted push.
 *
 * @example
 * xiaoePushSignature("livemockxiaoetok", "1714036504", "1514711492", encrypt)
 */
export function xiaoePushSignature(token: string, timestamp: string, nonce: string, encrypt: string): string {
  return hexDigest("sha1", [token, timestamp, nonce, encrypt].sort().join(""));
}

/**
 * Encrypts a message for `appId` (base64 of the ciphertext: the `Encrypt` element's text).
 *
 * @example
 * const encrypt = encryptXiaoeMessage("<doc>...</doc>", key, "apptrfbbm2m8971");
 */
export function encryptXiaoeMessage(message: string, encodingAESKey: string, appId: string, random: Buffer = randomBytes(16)): string {
  const key = xiaoeAesKey(encodingAESKey);
  const body = Buffer.from(message, "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const plain = Buffer.concat([random, length, body, Buffer.from(appId, "utf8")]);
  const pad = BLOCK - (plain.length % BLOCK);
  const cipher = createCipheriv("aes-256-cbc", key, key.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])), cipher.final()]).toString("base64");
}

/**
 * Decrypts an `Encrypt` text: the message and the app id it was encrypted for.
 *
 * @example
 * decryptXiaoeMessage(encrypt, key) // { message: "<doc>...</doc>", appId: "apptrfbbm2m8971" }
 */
export function decryptXiaoeMessage(encrypt: string, encodingAESKey: string): { message: string; appId: string } {
  const key = xiaoeAesKey(encodingAESKey);
  const decipher = createDecipheriv("aes-256-cbc", key, key.subarray(0, 16));
  decipher.setAutoPadding(false);
  const padded = Buffer.concat([decipher.update(Buffer.from(encrypt, "base64")), decipher.final()]);
  const pad = padded[padded.length - 1] ?? 0;
  if (pad < 1 || pad > BLOCK || pad > padded.length) throw new Error("bad padding");
  const plain = padded.subarray(0, padded.length - pad);
  if (plain.length < 20) throw new Error("too short");
  const length = plain.readUInt32BE(16);
  if (20 + length > plain.length) throw new Error("bad message length");
  return { message: plain.subarray(20, 20 + length).toString("utf8"), appId: plain.subarray(20 + length).toString("utf8") };
}
