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

  async function api(method, path, body) {
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

  async function refreshCallbacks() {
    const data = await api("GET", "/callbacks/deliveries?limit=60");
    const rows = data.deliveries
      .slice()
      .reverse()
      .map((d) => {
        const redeliver = el("button", { type: "button" }, "重发 redeliver");
        redeliver.addEventListener("click", () => api("POST", `/callbacks/deliveries/${d.deliveryId}/redeliver`).then(refreshCallbacks));
        return el(
          "tr",
          { "data-id": d.id },
          el("td", {}, time(d.at)),
          el("td", {}, tag(d.vendor)),
          el("td", {}, d.event),
          el("td", {}, d.roomId || d.live || ""),
          el("td", {}, String(d.attempt)),
          el("td", {}, d.key),
          el("td", { class: d.status ? `s${String(d.status)[0]}` : "" }, d.status ?? d.error ?? ""),
          el("td", {}, d.outcome),
          el("td", {}, d.nextRetryAt ? time(d.nextRetryAt) : ""),
          el("td", {}, `${d.durationMs} ms`),
          el("td", { class: "reason" }, d.answer || ""),
          el("td", {}, redeliver),
        );
      });
    fill($("#callbacks-table tbody"), rows, 12);
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

  let busy = false;
  async function refreshAll() {
    if (busy) return;
    busy = true;
    try {
      await Promise.all([refreshRequests(), refreshCallbacks(), refreshState(), refreshFaults(), refreshClock()]);
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
    .then(() => Promise.all([loadErrors(), refreshRateLimits()]))
    .catch(() => {});
  refreshAll();
  setInterval(refreshAll, 1000);
})();
