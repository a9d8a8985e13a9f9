/**
 * Simulated viewers of a Volcengine live room, shaped as the red-packet records and callbacks show
 * them: a 16-digit numeric `UserId` (doc example `173868****584142`), a nickname (`观众 A`), an
 * `ExternalId` (the viewer's id on the enterprise's own platform, doc example `160575****530014`),
 * a masked phone number, an access IP and a user agent (`Windows 10`).
 */
import type { RoomRandom, RoomViewer } from "../../rooms/types.ts";

/** The first user id (the doc example's `173868****584142`, mask filled by zeros, low digits cleared). */
const FIRST_USER_ID = 1738680000000000;
/** The first external id (the doc example's `160575****530014`, likewise). */
const FIRST_EXTERNAL_ID = 1605750000000000;

const NICKNAMES = ["观众", "晨光", "追光者", "小满", "阿杰", "Luna", "山海", "橙子", "Kiki", "向日葵", "北辰", "木子", "星河", "青柠", "Momo", "远方"];
const USER_AGENTS = ["Windows 10", "macOS 14", "iOS 17.5", "Android 14", "HarmonyOS 4.2"];
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** What the driver keeps in `RoomViewer.extra` of a Volcengine viewer (JSON-serialisable). */
export interface VolcViewerExtra {
  ExternalId: string;
  /** Masked as the callbacks show it: `1803****955`. */
  Telephone: string;
  UserAccessIP: string;
  UserAgent: string;
}

/**
 * The `index`-th viewer of a Volcengine room. Ids are unique per index (the index sets the high
 * part, `random` the low three digits), so two viewers of a room never share a `UserId`.
 *
 * @example
 * volcViewer(0, room.random) // { index: 0, id: "1738680000000417", nickname: "晨光 A", avatar: "https://…/livemock/avatar-3.png", extra: { ExternalId: "…", … } }
 */
export function volcViewer(index: number, random: RoomRandom): RoomViewer {
  const id = String(FIRST_USER_ID + index * 1000 + random.int(0, 999));
  const name = NICKNAMES[random.int(0, NICKNAMES.length - 1)] as string;
  const letter = LETTERS[index % LETTERS.length] as string;
  const round = Math.floor(index / LETTERS.length);
  const extra: VolcViewerExtra = {
    ExternalId: String(FIRST_EXTERNAL_ID + index * 1000 + random.int(0, 999)),
    Telephone: `1${random.int(3, 9)}${String(random.int(0, 99)).padStart(2, "0")}****${String(random.int(0, 999)).padStart(3, "0")}`,
    UserAccessIP: `${random.int(36, 223)}.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`,
    UserAgent: USER_AGENTS[random.int(0, USER_AGENTS.length - 1)] as string,
  };
  return {
    index,
    id,
    nickname: `${name} ${letter}${round === 0 ? "" : round}`,
    // Volcengine serves avatars from its byteimg CDN; the path is livemock's [inferred].
    avatar: `https://p3-live.byteimg.com/tos-cn-i-gjr78lqtd0/livemock/avatar-${random.int(1, 12)}.png`,
    extra: { ...extra },
  };
}

/**
 * A viewer's extra fields, with safe defaults for a viewer some other way made.
 *
 * @example
 * viewerExtra(viewer).UserAgent // "Windows 10"
 */
export function viewerExtra(viewer: RoomViewer | undefined): VolcViewerExtra {
  const extra = (viewer?.extra ?? {}) as Partial<VolcViewerExtra>;
  return { ExternalId: extra.ExternalId ?? "", Telephone: extra.Telephone ?? "", UserAccessIP: extra.UserAccessIP ?? "", UserAgent: extra.UserAgent ?? "" };
}
