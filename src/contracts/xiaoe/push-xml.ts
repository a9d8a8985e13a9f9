/**
 * The XML of Xiaoe's push messages (消息推送): elements only, one per field, nested objects as nested
 * elements, under a `<doc>` root. Enough to write what livemock sends and read it back (and the
 * `<xml><Encrypt>` envelope): no attributes, no namespaces, no mixed content.
 */

/** A message as XML carries it: text leaves, nested objects. */
export interface XmlObject {
  [name: string]: string | XmlObject;
}

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescapeText = (text: string) =>
  text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? "";
  });

/**
 * Writes a message as XML under `root`; `undefined` fields are left out, numbers and booleans written as text.
 *
 * @example
 * toXml({ type: "live_task", retry_times: 0 }) // "<doc><type>live_task</type><retry_times>0</retry_times></doc>"
 */
export function toXml(value: Readonly<Record<string, unknown>>, root = "doc"): string {
  const write = (name: string, inner: unknown): string => {
    if (inner === undefined || inner === null) return "";
    if (typeof inner === "object")
      return `<${name}>${Object.entries(inner as Record<string, unknown>)
        .map(([k, v]) => write(k, v))
        .join("")}</${name}>`;
    return `<${name}>${escapeText(String(inner))}</${name}>`;
  };
  return write(root, value);
}

/**
 * Reads XML written as {@link toXml} writes it (CDATA sections and entities understood), returning
 * the root's name and content; undefined when the text is not such XML.
 *
 * @example
 * parseXml("<xml><Encrypt><![CDATA[abc]]></Encrypt></xml>") // { root: "xml", value: { Encrypt: "abc" } }
 */
export function parseXml(text: string): { root: string; value: XmlObject } | undefined {
  let at = 0;
  const source = text.replace(/^\uFEFF/, "");
  const skipProlog = () => {
    for (;;) {
      while (at < source.length && /\s/.test(source[at]!)) at++;
      if (source.startsWith("<?", at)) at = source.indexOf("?>", at) + 2;
      else if (source.startsWith("<!--", at)) at = source.indexOf("-->", at) + 3;
      else return;
      if (at < 2) throw new Error("unterminated prolog");
    }
  };
  const readElement = (): [string, string | XmlObject] => {
    const open = /^<([A-Za-z_][\w.-]*)\s*(\/?)>/.exec(source.slice(at, at + 200));
    if (!open) throw new Error(`expected an element at ${at}`);
    const name = open[1]!;
    at += open[0].length;
    if (open[2] === "/") return [name, ""];
    let text = "";
    const children: XmlObject = {};
    let hasChildren = false;
    for (;;) {
      if (at >= source.length) throw new Error(`<${name}> is not closed`);
      if (source.startsWith("<![CDATA[", at)) {
        const end = source.indexOf("]]>", at);
        if (end < 0) throw new Error("unterminated CDATA");
        text += source.slice(at + 9, end);
        at = end + 3;
      } else if (source.startsWith(`</${name}`, at)) {
        const end = source.indexOf(">", at);
        at = end + 1;
        return [name, hasChildren ? children : text];
      } else if (source.startsWith("<!--", at)) {
        at = source.indexOf("-->", at) + 3;
      } else if (source[at] === "<") {
        const [child, value] = readElement();
        children[child] = value;
        hasChildren = true;
      } else {
        const next = source.indexOf("<", at);
        text += unescapeText(source.slice(at, next < 0 ? source.length : next));
        at = next < 0 ? source.length : next;
      }
    }
  };
  try {
    skipProlog();
    const [root, value] = readElement();
    return { root, value: typeof value === "string" ? {} : value };
  } catch {
    return undefined;
  }
}
