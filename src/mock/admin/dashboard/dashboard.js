// livemock dashboard: polls the control plane's JSON API and drives it. Plain browser JS, no build.

(() => {
  const BASE = "/__livemock";
  // The mounted vendors' names, as GET /__livemock/state labels them (filled by loadVendors).
  let VENDORS = {};
  const $ = (selector) => document.querySelector(selector);
  const fromHash = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (fromHash) {
    sessionStorage.setItem("livemock-admin-token", decodeURIComponent(fromHash[1]));
    history.replaceState(null, "", location.pathname);
  }
  let token = sessionStorage.getItem("livemock-admin-token") || "";
  const operations = new Set();
  let kinds = {};

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "class") node.className = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children) if (child !== undefined && child !== null) node.append(child instanceof Node ? child : String(child));
    return node;
  }

  function notice(text) {
    const box = $("#notice");
    box.textContent = text || "";
    box.style.display = text ? "block" : "none";
  }

  // `quiet`: a 404 answers null instead of raising a notice (endpoints another build may not have).
  async function api(method, path, body, quiet) {
    const headers = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers["content-type"] = "application/json";
    const res = await fetch(BASE + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const data = await res.json().catch(() => ({}));
    if (res.status === 401 || res.status === 403) {
      const given = prompt(`${data.message || "the control plane needs the admin token"}\n\n管理令牌 admin token:`);
      if (given) {
        token = given;
        sessionStorage.setItem("livemock-admin-token", given);
      }
      throw new Error(data.message || `HTTP ${res.status}`);
    }
    if (quiet && res.status === 404) return null;
    if (!res.ok) {
      notice(`${method} ${path}: ${data.message || res.status}`);
      throw new Error(data.message || `HTTP ${res.status}`);
    }
    return data;
  }

  const tag = (vendor) => el("span", { class: `tag ${vendor}` }, VENDORS[vendor] || vendor);
  const time = (ms) => new Date(ms).toLocaleString("zh-CN", { hour12: false });

  function fill(tbody, rows, columns) {
    tbody.replaceChildren(...(rows.length ? rows : [el("tr", {}, el("td", { class: "empty", colspan: String(columns) }, "— 暂无 none yet —"))]));
  }

  async function refreshRequests() {
    const vendor = $("#requests-vendor").value;
    const data = await api("GET", `/requests?limit=60${vendor ? `&vendor=${vendor}` : ""}`);
    const rows = data.requests
      .slice()
      .reverse()
      .map((r) => {
        if (r.operation) operations.add(r.operation);
        const cls = `s${String(r.status)[0]}`;
        return el(
          "tr",
          { "data-id": r.id },
          el("td", {}, time(r.at)),
          el("td", {}, tag(r.vendor)),
          el("td", {}, r.operation || r.path),
          el("td", { class: cls }, r.status === 0 ? "dropped" : r.status),
          el("td", {}, r.errorCode ?? ""),
          el("td", {}, `${Math.round(r.latencyMs)} ms`),
          el("td", {}, r.owner || ""),
          el("td", { class: "reason" }, r.reason || ""),
          el("td", { class: "warnings" }, ...(r.warnings || []).map((w) => el("span", { class: "warning", title: w.message }, `⚠ ${w.id}`))),
        );
      });
    fill($("#requests-table tbody"), rows, 9);
    $("#operations").replaceChildren(...[...operations].sort().map((op) => el("option", { value: op })));
  }

  async function refreshState() {
    const data = await api("GET", "/state");
    kinds = data.kinds || kinds;
    const rows = [];
    for (const [vendor, owners] of Object.entries(data.vendors)) {
      for (const [owner, byKind] of Object.entries(owners)) {
        for (const [kind, objects] of Object.entries(byKind)) {
          for (const o of objects) {
            rows.push(
              el(
                "tr",
                { "data-kind": kind, "data-id": o.id },
                el("td", {}, tag(vendor)),
                el("td", {}, owner),
                el("td", {}, kinds[kind] || kind),
                el("td", {}, o.id),
                el("td", {}, o.title || ""),
                el("td", {}, o.statusLabel || ""),
              ),
            );
          }
        }
      }
    }
    fill($("#store-table tbody"), rows.reverse(), 6);
  }

  async function refreshFaults() {
    const data = await api("GET", "/faults");
    const rows = data.faults.map((f) => {
      const what = f.kind === "latency" ? `延迟 ${typeof f.latencyMs === "number" ? f.latencyMs : `${f.latencyMs.min}-${f.latencyMs.max}`} ms` : f.kind === "drop" ? "断开 drop" : `错误 ${f.error}`;
      return el(
        "tr",
        { "data-id": f.id },
        el("td", {}, f.id),
        el("td", {}, tag(f.vendor)),
        el("td", {}, f.operation || "全部 all"),
        el("td", {}, what),
        el("td", {}, f.remaining ?? "∞"),
        el("td", {}, f.hits),
        el("td", {}, el("button", { type: "button", class: "danger", onclick: () => api("DELETE", `/faults/${f.id}`).then(refreshFaults) }, "删除 remove")),
      );
    });
    fill($("#faults-table tbody"), rows, 7);
  }

  async function refreshClock() {
    const data = await api("GET", "/clock");
    $("#clock").textContent = time(data.now);
    const hours = data.offsetMs / 3_600_000;
    $("#clock-offset").textContent = data.offsetMs === 0 ? "(real time)" : `(${hours >= 0 ? "+" : ""}${hours.toFixed(2)} h)`;
  }

  async function refreshRateLimits() {
    const data = await api("GET", "/rate-limits");
    $("#rate-limits").replaceChildren(
      ...Object.entries(data).map(([vendor, on]) => {
        const box = el("input", { type: "checkbox", name: `rate-${vendor}`, onchange: (e) => api("PUT", "/rate-limits", { [vendor]: e.target.checked }) });
        box.checked = on;
        return el("label", {}, box, VENDORS[vendor]);
      }),
    );
  }

  async function loadErrors() {
    const form = $("#fault-form");
    const vendor = form.vendor.value;
    const data = await api("GET", `/faults/errors?vendor=${vendor}`);
    form.error.replaceChildren(...data[vendor].map((e) => el("option", { value: e.id }, `${e.id} (${e.status} · ${e.code})`)));
  }

  $("#fault-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const form = event.target;
    const kind = form.kind.value;
    const rule = { vendor: form.vendor.value, kind };
    if (form.operation.value.trim()) rule.operation = form.operation.value.trim();
    if (kind === "error" || kind === "fail-next") rule.error = form.error.value;
    if (kind === "latency") rule.latencyMs = Number(form.latencyMs.value);
    if (form.count.value) rule.count = Number(form.count.value);
    else if (kind === "fail-next") rule.count = 1;
    if (form.expiresIn.value) rule.expiresInMs = Number(form.expiresIn.value) * 1000;
    await api("POST", "/faults", rule);
    notice("");
    await refreshFaults();
  });
  $("#fault-form").vendor.addEventListener("change", loadErrors);
  $("#requests-vendor").addEventListener("change", refreshRequests);
  $("#reset").addEventListener("click", async () => {
    if (!confirm("重置所有数据? Reset the state, journal, faults and clock?")) return;
    await api("POST", "/reset");
    refreshAll();
  });
  $("#clock-hour").addEventListener("click", () => api("POST", "/clock/advance", { hours: 1 }).then(refreshClock));
  $("#clock-day").addEventListener("click", () => api("POST", "/clock/advance", { days: 1 }).then(refreshClock));
  $("#clock-real").addEventListener("click", () => api("DELETE", "/clock").then(refreshClock));
  $("#clock-set").addEventListener("click", () => {
    const value = $("#clock-at").value;
    if (value) api("PUT", "/clock", { now: new Date(value).toISOString() }).then(refreshClock);
  });

  // ---- Live rooms: the list, and one room's live view (chart, feed, vendor view, callbacks) ----

  const EVENT_LABELS = {
    "room.started": "直播开始 room started",
    "room.ended": "直播结束 room ended",
    "viewer.joined": "观众进入 viewer joined",
    "viewer.left": "观众离开 viewer left",
    comment: "评论 comment",
    like: "点赞 like",
    "sign-in": "签到 sign-in",
    share: "分享 share",
    "task.completed": "任务完成 task completed",
    "lottery.drawn": "开奖 lottery drawn",
    "lottery.won": "中奖 lottery won",
    "redpacket.sent": "发红包 red packet sent",
    "redpacket.grabbed": "抢红包 red packet grabbed",
    "redpacket.ended": "红包结束 red packet ended",
    "callback.delivered": "回调 callback delivered",
  };
  const HIGHLIGHTS = "room.started,room.ended,task.completed,lottery.drawn,lottery.won,redpacket.sent,redpacket.grabbed,redpacket.ended,callback.delivered";
  const STATES = { scheduled: "待开始 scheduled", playing: "直播中 playing", ended: "已结束 ended" };
  /** Feed rows kept in the page. */
  const FEED_ROWS = 200;
  /** Rows of one vendor-view table shown. */
  const VIEW_ROWS = 100;
  const SVG = "http://www.w3.org/2000/svg";

  // The room shown; `epoch` moves on each change of room or feed filter, so an answer that was in
  // flight before it is dropped. `picked`: a room was selected once (the first load picks one).
  const room = { id: "", epoch: 0, cursor: 0, filter: "", viewKey: "", chartKey: "", callbacks: true, callbacksKey: "", loading: false, picked: false };
  const eventTag = (type) => el("span", { class: `ev ${type.replace(/\./g, "-")}` }, EVENT_LABELS[type] || type);
  const clockTime = (ms) => new Date(ms).toLocaleTimeString("zh-CN", { hour12: false });
  const isTimeKey = (key) => /(^at$|At$|_at$|time|Time|^window$|^since$|^until$)/.test(key || "");
  const scalar = (value) => value === null || typeof value !== "object";

  /** A scalar as text: epoch-ms under a time-like key as a time, booleans as 是/否. */
  function scalarText(value, key) {
    if (value === null || value === undefined) return "—";
    if (typeof value === "number" && isTimeKey(key) && value > 9e11 && value < 5e12) return time(value);
    if (typeof value === "number" && /Ms$/.test(key || "")) return `${Math.round(value / 60_000)} min`;
    if (typeof value === "boolean") return value ? "是 yes" : "否 no";
    return String(value);
  }

  /** What an event says beyond its type: the comment's text, the object it touched, its data. */
  function eventDetail(event) {
    const parts = [];
    if (event.object) parts.push(`${event.object.kind} #${event.object.id}`);
    for (const [key, value] of Object.entries(event.data || {})) {
      if (key === "text") parts.push(`“${value}”`);
      else if (Array.isArray(value)) parts.push(`${key}: ${value.length} ${value.length === 1 ? "item" : "items"}`);
      else if (scalar(value)) parts.push(`${key}: ${scalarText(value, key)}`);
      else parts.push(`${key}: ${JSON.stringify(value).slice(0, 80)}`);
    }
    return parts.join(" · ");
  }

  // Progress: a numeric "done" field over a numeric "of" field of the same item (Volcengine's
  // received / total), or a bare completion count over the viewers who came so far (a task's
  // `completed`). Names are tried in this order; a key matches a name exactly or by its ending.
  const DONE_KEYS = ["completed", "done", "finished", "received", "grabbed", "progress", "current"];
  const OF_KEYS = ["total", "target", "goal", "required", "max", "needed"];
  function progressOf(item, viewersTotal) {
    const keys = Object.keys(item);
    const find = (names) => {
      for (const name of names) {
        const key = keys.find((k) => typeof item[k] === "number" && k.toLowerCase().endsWith(name));
        if (key !== undefined) return key;
      }
      return undefined;
    };
    const done = find(DONE_KEYS);
    if (done === undefined) return undefined;
    const of = find(OF_KEYS);
    if (of !== undefined && item[of] > 0) return { done: item[done], of: item[of], unit: "" };
    if (/complet|done|finish/i.test(done) && viewersTotal > 0) return { done: item[done], of: viewersTotal, unit: " 观众 viewers" };
    return undefined;
  }
  function progressBar(p) {
    const share = Math.max(0, Math.min(1, p.done / p.of));
    const fill = el("i");
    fill.style.width = `${(share * 100).toFixed(1)}%`;
    return el("span", { class: "progress", title: `${Math.round(share * 100)}%` }, el("span", { class: "bar" }, fill), `${p.done} / ${p.of}${p.unit}`);
  }

  /** Renders any JSON value readably: tables for lists of objects (with progress bars), chips, key/value lists. */
  function renderValue(value, key, viewersTotal, depth) {
    if (scalar(value)) return document.createTextNode(scalarText(value, key));
    if (depth > 4) return document.createTextNode(JSON.stringify(value).slice(0, 200));
    if (Array.isArray(value)) {
      if (value.length === 0) return el("span", { class: "more" }, "— 暂无 none —");
      if (value.every(scalar))
        return el("span", { class: "chips" }, ...value.slice(0, VIEW_ROWS).map((v) => el("span", {}, scalarText(v, key))), value.length > VIEW_ROWS ? `… +${value.length - VIEW_ROWS}` : undefined);
      if (value.every((v) => !scalar(v) && !Array.isArray(v))) return objectTable(value, viewersTotal, depth);
      return el("span", { class: "chips" }, ...value.slice(0, VIEW_ROWS).map((v) => el("span", {}, renderValue(v, key, viewersTotal, depth + 1))));
    }
    const entries = Object.entries(value);
    if (entries.length === 0) return el("span", { class: "more" }, "—");
    return el("dl", { class: "kv" }, ...entries.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, renderValue(v, k, viewersTotal, depth + 1))]));
  }
  function objectTable(items, viewersTotal, depth) {
    const columns = [...new Set(items.flatMap((item) => Object.keys(item)))];
    const progress = items.map((item) => progressOf(item, viewersTotal));
    const withProgress = progress.some(Boolean);
    const shown = items.slice(0, VIEW_ROWS);
    return el(
      "div",
      {},
      el(
        "table",
        {},
        el("thead", {}, el("tr", {}, withProgress ? el("th", {}, "进度 progress") : undefined, ...columns.map((c) => el("th", {}, c)))),
        el(
          "tbody",
          {},
          ...shown.map((item, i) =>
            el(
              "tr",
              {},
              withProgress ? el("td", {}, progress[i] ? progressBar(progress[i]) : "") : undefined,
              ...columns.map((c) => el("td", {}, c in item ? renderValue(item[c], c, viewersTotal, depth + 1) : "")),
            ),
          ),
        ),
      ),
      items.length > shown.length ? el("div", { class: "more" }, `… ${items.length - shown.length} more`) : undefined,
    );
  }

  function renderVendorView(view, viewersTotal) {
    const entries = Object.entries(view || {});
    if (entries.length === 0) return [el("div", { class: "empty" }, "— 该厂商没有直播数据 this vendor shows no view —")];
    return entries.map(([key, value]) => el("div", { class: "view-block" }, el("b", {}, key), " ", renderValue(value, key, viewersTotal, 0)));
  }

  /** The online-viewers chart: an inline SVG area over `series` ([[minuteMs, online], ...]). */
  function renderChart(series) {
    const W = 640;
    const H = 170;
    const pad = { left: 34, right: 8, top: 8, bottom: 20 };
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
    svg.setAttribute("preserveAspectRatio", "none");
    svg.setAttribute("role", "img");
    const node = (tag, attrs, text) => {
      const n = document.createElementNS(SVG, tag);
      for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
      if (text !== undefined) n.textContent = text;
      svg.append(n);
      return n;
    };
    if (series.length === 0) {
      node("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "axis" }, "— 暂无 no data yet —");
      return svg;
    }
    const t0 = series[0][0];
    const t1 = Math.max(series[series.length - 1][0], t0 + 60_000);
    const top = Math.max(1, ...series.map((p) => p[1]));
    const x = (t) => pad.left + ((t - t0) / (t1 - t0)) * (W - pad.left - pad.right);
    const y = (n) => H - pad.bottom - (n / top) * (H - pad.top - pad.bottom);
    const points = series.map(([t, n]) => `${x(t).toFixed(1)},${y(n).toFixed(1)}`);
    node("line", { x1: pad.left, y1: y(0), x2: W - pad.right, y2: y(0), stroke: "#e4e7ec" });
    node("line", { x1: pad.left, y1: y(top), x2: W - pad.right, y2: y(top), stroke: "#e4e7ec", "stroke-dasharray": "3 3" });
    node("polygon", { points: `${x(t0)},${y(0)} ${points.join(" ")} ${x(series[series.length - 1][0])},${y(0)}`, fill: "#3538cd", "fill-opacity": 0.12 });
    node("polyline", { points: points.join(" "), fill: "none", stroke: "#3538cd", "stroke-width": 1.5, "vector-effect": "non-scaling-stroke", class: "online-line" });
    node("text", { x: pad.left - 4, y: y(top) + 4, "text-anchor": "end", class: "axis" }, String(top));
    node("text", { x: pad.left - 4, y: y(0), "text-anchor": "end", class: "axis" }, "0");
    node("text", { x: pad.left, y: H - 4, class: "axis" }, clockTime(t0));
    node("text", { x: W - pad.right, y: H - 4, "text-anchor": "end", class: "axis" }, clockTime(series[series.length - 1][0]));
    return svg;
  }

  function feedRow(event) {
    return el(
      "tr",
      { "data-seq": event.seq, "data-type": event.type },
      el("td", {}, clockTime(event.at)),
      el("td", {}, eventTag(event.type)),
      el("td", {}, event.viewerId || ""),
      // A room stopped by a failing driver ends with `data.error`.
      el("td", { class: event.data?.error ? "detail failed" : "detail" }, eventDetail(event)),
    );
  }

  /** Puts new events (oldest first) at the top of the feed, keeping the newest FEED_ROWS rows. */
  function addToFeed(events, skipped) {
    const body = $("#room-feed tbody");
    if (skipped > 0) body.prepend(el("tr", { class: "skipped" }, el("td", { colspan: "4" }, `⋯ 跳过 ${skipped} 条 ${skipped} older events not shown`)));
    for (const event of events) body.prepend(feedRow(event));
    while (body.rows.length > FEED_ROWS) body.lastElementChild.remove();
  }

  function selectRoom(id) {
    if (room.id === id) return;
    Object.assign(room, { id, epoch: room.epoch + 1, cursor: 0, viewKey: "", chartKey: "", callbacksKey: "", picked: true });
    $("#room-feed tbody").replaceChildren();
    $("#room-view").style.display = id ? "block" : "none";
    for (const tr of document.querySelectorAll("#rooms-table tbody tr")) tr.classList.toggle("selected", tr.dataset.id === id);
    if (id) refreshRoom().catch(() => {});
  }

  async function refreshRooms() {
    const data = await api("GET", "/rooms");
    const rows = data.rooms
      .slice()
      .reverse()
      .map((r) =>
        el(
          "tr",
          { "data-id": r.id, class: r.id === room.id ? "selected" : "", onclick: () => selectRoom(r.id) },
          el("td", {}, el("b", {}, r.id)),
          el("td", {}, tag(r.vendor)),
          el("td", {}, r.live),
          el("td", {}, el("span", { class: `tag state-${r.state}` }, STATES[r.state] || r.state)),
          el("td", {}, `${r.viewersOnline} / ${r.viewersTotal}`),
          el("td", {}, r.eventsTotal),
          el("td", {}, time(r.startedAt ?? r.startAt)),
          el("td", {}, time(r.endedAt ?? r.endsAt)),
        ),
      );
    fill($("#rooms-table tbody"), rows, 8);
    if (room.id && !data.rooms.some((r) => r.id === room.id)) selectRoom("");
    // On the first load, show the newest room playing (`livemock serve --demo` starts some).
    const playing = data.rooms.filter((r) => r.state === "playing").at(-1);
    if (!room.picked && playing) selectRoom(playing.id);
  }

  async function refreshRoom() {
    const { id, epoch } = room;
    if (!id || room.loading) return;
    room.loading = true;
    try {
      const detail = await api("GET", `/rooms/${encodeURIComponent(id)}`);
      if (room.epoch !== epoch) return;
      $("#room-title").replaceChildren(`${detail.id} · `, tag(detail.vendor), ` ${detail.live}`);
      $("#room-state").replaceChildren(el("span", { class: `tag state-${detail.state}` }, STATES[detail.state] || detail.state));
      $("#room-online").textContent = String(detail.viewersOnline);
      $("#room-total").textContent = String(detail.viewersTotal);
      $("#room-times").textContent = `${time(detail.startedAt ?? detail.startAt)} → ${time(detail.endedAt ?? detail.endsAt)}`;
      $("#room-end").disabled = detail.state === "ended";
      const chartKey = JSON.stringify([detail.series.length, detail.series[0], detail.series[detail.series.length - 1]]);
      if (chartKey !== room.chartKey) {
        room.chartKey = chartKey;
        $("#room-chart").replaceChildren(renderChart(detail.series));
      }
      $("#room-counts").replaceChildren(
        ...Object.entries(detail.counts)
          .filter(([, n]) => n > 0)
          .map(([type, n]) => el("span", { "data-type": type }, eventTag(type), ` ${n}`)),
      );
      const viewKey = JSON.stringify([detail.view, detail.viewersTotal]);
      if (viewKey !== room.viewKey) {
        room.viewKey = viewKey;
        $("#room-vendor-view").replaceChildren(...renderVendorView(detail.view, detail.viewersTotal));
      }
      await refreshFeed(id, epoch, detail.eventsTotal);
      await refreshCallbacks(id);
    } finally {
      room.loading = false;
    }
  }

  /** Reads the events after the feed's cursor (at most FEED_ROWS of them: older ones are skipped). */
  async function refreshFeed(id, epoch, lastSeq) {
    const filter = room.filter === "highlights" ? HIGHLIGHTS : room.filter;
    // Unfiltered, seqs are consecutive: start at most FEED_ROWS back. Filtered, read forward from the cursor.
    const from = filter ? room.cursor : Math.max(room.cursor, lastSeq - FEED_ROWS);
    const skipped = room.cursor > 0 || from > 0 ? from - room.cursor : 0;
    const limit = filter ? 1000 : FEED_ROWS;
    const data = await api("GET", `/rooms/${encodeURIComponent(id)}/events?since=${from}&limit=${limit}${filter ? `&type=${filter}` : ""}`);
    if (room.epoch !== epoch) return;
    const events = data.events;
    room.cursor = events.length === limit ? events[events.length - 1].seq : Math.max(from, data.lastSeq);
    addToFeed(events, skipped);
  }

  /** The callbacks placeholder: shown while GET /callbacks/deliveries?room= answers (hidden on 404). */
  async function refreshCallbacks(id) {
    if (!room.callbacks) return;
    const data = await api("GET", `/callbacks/deliveries?room=${encodeURIComponent(id)}`, undefined, true).catch(() => null);
    if (data === null) {
      room.callbacks = false;
      $("#room-callbacks").hidden = true;
      return;
    }
    $("#room-callbacks").hidden = false;
    const key = JSON.stringify(data);
    if (key === room.callbacksKey) return;
    room.callbacksKey = key;
    const list = Array.isArray(data) ? data : Array.isArray(data.deliveries) ? data.deliveries : undefined;
    $("#room-callbacks-body").replaceChildren(list ? renderValue(list.slice(-VIEW_ROWS), "deliveries", 0, 0) : renderValue(data, "", 0, 0));
  }

  async function loadRoomVendors() {
    const health = await api("GET", "/health");
    $("#room-form").vendor.replaceChildren(...health.vendors.map((name) => el("option", { value: name }, VENDORS[name] || name)));
  }

  $("#room-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const form = event.target;
    const body = { vendor: form.vendor.value, live: form.live.value.trim() };
    if (form.viewers.value) body.viewers = Number(form.viewers.value);
    if (form.durationMinutes.value) body.durationMinutes = Number(form.durationMinutes.value);
    const started = await api("POST", "/rooms", body);
    notice("");
    await refreshRooms();
    selectRoom(started.id);
  });
  $("#room-action").addEventListener("submit", async (event) => {
    event.preventDefault();
    const form = event.target;
    let params = {};
    if (form.params.value.trim()) {
      try {
        params = JSON.parse(form.params.value);
      } catch (error) {
        notice(`参数不是 JSON params are not JSON: ${error.message}`);
        return;
      }
    }
    await api("POST", `/rooms/${encodeURIComponent(room.id)}/actions`, { ...params, action: form.action.value.trim() });
    notice("");
    await refreshRoom();
  });
  const advance = (minutes) => api("POST", "/clock/advance", { minutes }).then(() => Promise.all([refreshClock(), refreshRooms(), refreshRoom()]));
  $("#room-advance-5").addEventListener("click", () => advance(5).catch(() => {}));
  $("#room-advance-30").addEventListener("click", () => advance(30).catch(() => {}));
  $("#room-end").addEventListener("click", () =>
    api("DELETE", `/rooms/${encodeURIComponent(room.id)}`)
      .then(() => Promise.all([refreshRooms(), refreshRoom()]))
      .catch(() => {}),
  );
  $("#room-close").addEventListener("click", () => selectRoom(""));
  $("#room-feed-filter").addEventListener("change", (event) => {
    room.filter = event.target.value;
    room.epoch++;
    room.cursor = 0;
    $("#room-feed tbody").replaceChildren();
    refreshRoom().catch(() => {});
  });

  let busy = false;
  async function refreshAll() {
    if (busy) return;
    busy = true;
    try {
      await Promise.all([refreshRequests(), refreshState(), refreshFaults(), refreshClock(), refreshRooms().then(refreshRoom)]);
    } catch {
      // shown by api(); try again on the next tick
    } finally {
      busy = false;
    }
  }
  async function loadVendors() {
    VENDORS = (await api("GET", "/state?owner=-")).labels;
    const options = () => Object.entries(VENDORS).map(([name, label]) => el("option", { value: name }, label));
    $("#vendor-names").textContent = Object.values(VENDORS).join(" · ");
    $("#requests-vendor").append(...options());
    $("#fault-form").vendor.replaceChildren(...options());
  }
  loadVendors()
    .then(() => Promise.all([loadErrors(), refreshRateLimits(), loadRoomVendors()]))
    .catch(() => {});
  refreshAll();
  setInterval(refreshAll, 1000);
})();
