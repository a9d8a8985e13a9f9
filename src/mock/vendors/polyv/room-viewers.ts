/**
 * Simulated Polyv viewers: ids, nicknames and avatars in the shapes Polyv answers.
 *
 * - `viewerId`: a 13-digit number as a string, like the `1648432461504` of the official CLI's
 *   fixtures [sdk] (Polyv derives anonymous viewers' ids from a millisecond timestamp [inferred]).
 *   Digit ids also fit the viewer-detail page, whose doc example shows `viewerId` as a number [doc].
 * - nickname: a Chinese name as WeChat-authorised viewers show, or Polyv's `游客` + digits for
 *   anonymous ones [inferred].
 * - avatar: Polyv's default face `missing_face.png` on its static CDN, or a WeChat `thirdwx.qlogo.cn`
 *   head image for WeChat viewers [inferred].
 */
import type { RoomRandom, RoomViewer } from "../../rooms/types.ts";

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉玲红晶飞慧建宇浩凯欣怡然子涵雨轩梓萱思远博文";
const HANDLES = ["小鹿", "阿喵", "晴天", "向日葵", "大橙子", "云朵", "柠檬茶", "追光者", "小太阳", "奶茶"];

/** Polyv's default viewer avatar [inferred]. */
export const POLYV_DEFAULT_AVATAR = "https://livestatic.videocc.net/assets/wimages/missing_face.png";

/** Where the 13-digit ids start (a 2022 millisecond timestamp, as in the CLI fixture). */
const ID_BASE = 1_648_432_000_000;

const ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

function pick(chars: string | readonly string[], random: RoomRandom): string {
  return chars[random.int(0, chars.length - 1)]!;
}

/**
 * The `index`-th viewer of a Polyv room. Ids are unique per index (the index decides the
 * thousands, the random source only the last three digits).
 *
 * @example
 * polyvViewer(0, random) // { index: 0, id: "1648432000417", nickname: "王芳", avatar: "https://thirdwx.qlogo.cn/..." }
 */
export function polyvViewer(index: number, random: RoomRandom): RoomViewer {
  const id = String(ID_BASE + index * 1000 + random.int(0, 999));
  const kind = random.next();
  if (kind < 0.25) {
    // Anonymous viewer: 游客 and the id's last digits, the default face.
    return { index, id, nickname: `游客${id.slice(-6)}`, avatar: POLYV_DEFAULT_AVATAR, extra: { source: "anonymous" } };
  }
  const nickname = kind < 0.85 ? pick(SURNAMES, random) + pick(GIVEN, random) + (random.next() < 0.5 ? pick(GIVEN, random) : "") : pick(HANDLES, random) + random.int(1, 99);
  let head = "";
  for (let i = 0; i < 28; i++) head += pick(ALPHANUMERIC, random);
  return { index, id, nickname, avatar: `https://thirdwx.qlogo.cn/mmopen/vi_32/${head}/132`, extra: { source: "wechat" } };
}
