// warta dashboard. Article text is untrusted: it only ever reaches the page as text nodes
// (textContent / createTextNode), never as HTML; Leaflet and Cytoscape get DOM nodes or plain
// strings they draw on canvas.
"use strict";

const MOD_LABEL = { asserted: "terjadi", future: "direncanakan", hypothetical: "mungkin", negated: "dibantah/tidak", historical: "sejarah" };
const MOD_COLOR = { asserted: "#1d5fa8", future: "#7a3fb0", hypothetical: "#b07a00", negated: "#999999", historical: "#8a5a2b" };
const MOD_DASH = { asserted: null, future: "6 4", hypothetical: "2 4", negated: null, historical: "1 2" };
const FILTER_KEYS = ["q", "type", "modality", "actor", "country", "place", "date_from", "date_to"];
const state = { filters: {}, map: null, mapLayer: null, cy: null, meta: null };

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(c == null ? "" : String(c)));
  return node;
}

function query(extra) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...state.filters, ...(extra || {}) })) if (v !== "" && v != null) p.set(k, v);
  return p.toString();
}

async function getJSON(path) {
  const r = await fetch(path);
  if (!r.ok) {
    const body = await r.json().catch(() => ({}));
    throw new Error((body.error && body.error.message) || `${r.status}`);
  }
  return r.json();
}

function readForm() {
  const form = document.getElementById("filters");
  state.filters = {};
  for (const k of FILTER_KEYS) {
    const v = form.elements[k].value.trim();
    if (v) state.filters[k] = k === "country" ? v.toUpperCase() : v;
  }
}

function writeForm() {
  const form = document.getElementById("filters");
  for (const k of FILTER_KEYS) form.elements[k].value = state.filters[k] || "";
}

function setFilter(key, value) {
  state.filters[key] = value;
  writeForm();
  refresh();
}

// -- views -----------------------------------------------------------------------------
async function refresh() {
  const summary = document.getElementById("summary");
  summary.textContent = "memuat…";
  history.replaceState(null, "", "?" + query());
  try {
    await Promise.all([loadEvents(), loadMap(), loadGraph(), loadTimeline()]);
    const active = Object.entries(state.filters).map(([k, v]) => `${k}=${v}`).join(", ");
    summary.textContent = active ? `Filter: ${active}` : "Semua peristiwa";
  } catch (e) {
    summary.textContent = `Galat: ${e.message}`;
  }
}

async function loadEvents() {
  const data = await getJSON(`/api/events?${query({ limit: 100 })}`);
  document.getElementById("event-count").textContent = `(${data.total})`;
  const list = document.getElementById("events");
  list.replaceChildren();
  if (!data.items.length) list.append(el("li", { class: "empty" }, "tidak ada peristiwa"));
  for (const e of data.items) {
    const who = (ps) => ps.map((p) => p.name || p.text).join(", ") || "—";
    const day = (e.date && e.date.value) || (e.document.published || "").slice(0, 10);
    const place = e.location.length ? e.location[0].name || e.location[0].text : "";
    list.append(el("li", { class: `mod-${e.modality}`, "data-event": e.event_id, onclick: () => openArticle(e.doc_id, e.event_id) },
      el("span", { class: "ev-type" }, e.type),
      el("span", { class: `mod mod-${e.modality}` }, MOD_LABEL[e.modality]),
      el("span", {}, `${who(e.actor)} → ${who(e.recipient)}`),
      el("div", { class: "ev-meta" }, `${day} · ${place} · ${e.document.outlet || ""} · “${e.trigger.text}”`)));
  }
}

async function initMap() {
  const map = L.map("map", { worldCopyJump: true, attributionControl: false }).setView([0, 110], 3);
  const world = await getJSON("/static/vendor/countries-110m.json");
  const countries = topojson.feature(world, world.objects.countries);
  countries.features = countries.features.filter((f) => f.id !== "010");
  L.geoJSON(countries, { style: { color: "#9aa", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map);
  const provinces = await getJSON("/static/geo/id-provinces.json");
  L.geoJSON(provinces, {
    style: { color: "#7a8", weight: 0.6, fillColor: "#eef4ea", fillOpacity: 1 },
    onEachFeature: (f, layer) => layer.bindTooltip(el("span", {}, f.properties.name)),
  }).addTo(map);
  state.map = map;
}

async function loadMap() {
  const [data] = await Promise.all([getJSON(`/api/places?${query({ limit: 2000 })}`), state.mapReady]);
  if (state.mapLayer) state.mapLayer.remove();
  const layer = L.layerGroup();
  for (const p of data.items) {
    const main = Object.entries(p.by_modality).sort((a, b) => b[1] - a[1])[0][0];
    const marker = L.circleMarker([p.lat, p.lon], {
      radius: 4 + Math.min(14, Math.sqrt(p.n) * 2), color: MOD_COLOR[main], weight: 2, dashArray: MOD_DASH[main],
      fillColor: main === "negated" ? "#ffffff" : MOD_COLOR[main], fillOpacity: main === "asserted" ? 0.5 : 0.15,
      className: `place-marker mod-${main}`,
    });
    marker.bindTooltip(el("span", {}, `${p.name || p.place_id}: ${p.n} peristiwa`));
    marker.on("click", () => setFilter("place", p.place_id || ""));
    marker.addTo(layer);
  }
  layer.addTo(state.map);
  state.mapLayer = layer;
  const points = data.items.map((p) => [p.lat, p.lon]);
  if (points.length) state.map.fitBounds(L.latLngBounds(points).pad(0.2), { maxZoom: 7, animate: false });
}

async function loadGraph() {
  const g = await getJSON(`/api/graph?${query({ max_nodes: 150 })}`);
  const elements = [];
  for (const n of g.nodes) elements.push({ data: { id: n.id, label: n.name, n: n.n_events } });
  for (const e of g.edges) {
    const asserted = (e.by_modality.asserted || 0) > 0;
    elements.push({ data: { id: `${e.source}→${e.target}`, source: e.source, target: e.target, n: e.n, sign: e.sign, asserted } });
  }
  if (state.cy) state.cy.destroy();
  state.cy = cytoscape({
    container: document.getElementById("graph"), elements,
    // cose reads best but is quadratic; past a few dozen nodes, concentric by event count
    layout: g.nodes.length > 60 ? { name: "concentric", concentric: (n) => n.data("n"), levelWidth: () => 2, animate: false, minNodeSpacing: 6 }
      : { name: elements.length > 1 ? "cose" : "grid", animate: false, nodeRepulsion: 8000 },
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 9, width: "mapData(n, 1, 40, 10, 40)", height: "mapData(n, 1, 40, 10, 40)", "background-color": "#1d5fa8" } },
      { selector: "edge", style: { width: "mapData(n, 1, 10, 1, 6)", "curve-style": "bezier", "target-arrow-shape": "triangle", "line-color": "#999", "target-arrow-color": "#999" } },
      { selector: "edge[sign > 0]", style: { "line-color": "#2e7d32", "target-arrow-color": "#2e7d32" } },
      { selector: "edge[sign < 0]", style: { "line-color": "#c62828", "target-arrow-color": "#c62828" } },
      { selector: "edge[!asserted]", style: { "line-style": "dashed" } },
    ],
  });
  state.cy.on("tap", "node", (evt) => setFilter("actor", evt.target.id()));
}

async function loadTimeline() {
  const interval = state.filters.date_from && state.filters.date_to ? "day" : "week";
  const t = await getJSON(`/api/timeline?${query({ interval })}`);
  const box = document.getElementById("timeline");
  box.replaceChildren();
  if (!t.items.length) { box.append(el("p", { class: "empty" }, "tidak ada data")); return; }
  const periods = [...new Set(t.items.map((r) => r.period))].sort();
  const stacks = new Map(periods.map((p) => [p, {}]));
  for (const r of t.items) stacks.get(r.period)[r.modality] = (stacks.get(r.period)[r.modality] || 0) + r.n;
  const max = Math.max(...[...stacks.values()].map((s) => Object.values(s).reduce((a, b) => a + b, 0)));
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  const W = box.clientWidth || 800, H = 160, bw = Math.max(2, (W - 40) / periods.length - 2);
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  periods.forEach((p, i) => {
    let y = H - 20;
    for (const m of ["asserted", "future", "hypothetical", "negated", "historical"]) {
      const n = stacks.get(p)[m] || 0;
      if (!n) continue;
      const h = (n / max) * (H - 30);
      const rect = document.createElementNS(ns, "rect");
      rect.setAttribute("x", 30 + i * (bw + 2)); rect.setAttribute("y", y - h); rect.setAttribute("width", bw); rect.setAttribute("height", h);
      rect.setAttribute("fill", MOD_COLOR[m]); rect.setAttribute("fill-opacity", m === "asserted" ? 0.9 : 0.45);
      rect.setAttribute("class", `bar mod-${m}`); rect.setAttribute("data-period", p);
      const title = document.createElementNS(ns, "title");
      title.textContent = `${p} · ${MOD_LABEL[m]}: ${n}`;
      rect.append(title);
      rect.addEventListener("click", () => {
        const start = new Date(p + "T00:00:00Z");
        const end = new Date(start); end.setUTCDate(end.getUTCDate() + (interval === "week" ? 6 : 0));
        state.filters.date_from = p; state.filters.date_to = end.toISOString().slice(0, 10);
        writeForm(); refresh();
      });
      svg.append(rect);
      y -= h;
    }
  });
  const label = (x, text) => { const t2 = document.createElementNS(ns, "text"); t2.setAttribute("x", x); t2.setAttribute("y", H - 5); t2.setAttribute("font-size", 10); t2.textContent = text; svg.append(t2); };
  label(30, periods[0]); label(Math.max(30, W - 90), periods[periods.length - 1]);
  box.append(svg);
}

// -- article view ------------------------------------------------------------------------
async function openArticle(docId, eventId) {
  const doc = await getJSON(`/api/documents/${encodeURIComponent(docId)}`);
  const view = document.getElementById("article-view");
  const box = document.getElementById("article");
  box.replaceChildren();
  box.append(el("h3", {}, doc.title || doc.doc_id), el("div", { class: "ev-meta" }, `${doc.outlet || ""} · ${doc.published || ""}`));
  if (doc.url && /^https?:\/\//i.test(doc.url)) box.append(el("a", { href: doc.url, rel: "noopener noreferrer", target: "_blank" }, doc.url));
  else if (doc.url) box.append(el("div", { class: "ev-meta" }, doc.url));
  // spans to highlight: triggers (with their event's modality) over mentions
  const marks = [];
  for (const m of doc.mentions) marks.push({ start: m.start, end: m.end, cls: "mention", title: m.name || m.actor_id || m.text });
  for (const e of doc.events) marks.push({ start: e.trigger.start, end: e.trigger.end, cls: `trigger mod-${e.modality}`, title: `${e.type} (${MOD_LABEL[e.modality]})`, current: e.event_id === eventId });
  marks.sort((a, b) => a.start - b.start || (a.cls.startsWith("trigger") ? -1 : 1));
  const text = doc.text || "";
  const body = el("div", { class: "doc-text" });
  let pos = 0;
  for (const m of marks) {
    if (m.start < pos) continue; // overlapping: the first (trigger first) wins
    body.append(document.createTextNode(text.slice(pos, m.start)));
    const mark = el("mark", { class: m.cls, title: m.title }, text.slice(m.start, m.end));
    if (m.current) mark.id = "current-trigger";
    body.append(mark);
    pos = m.end;
  }
  body.append(document.createTextNode(text.slice(pos)));
  box.append(body);
  const list = el("ol", { class: "doc-events" });
  for (const e of doc.events) {
    list.append(el("li", { class: `mod-${e.modality}` }, el("span", { class: "ev-type" }, e.type), el("span", { class: `mod mod-${e.modality}` }, MOD_LABEL[e.modality]),
      `${e.actor.map((p) => p.name || p.text).join(", ") || "—"} → ${e.recipient.map((p) => p.name || p.text).join(", ") || "—"}: “${e.trigger.text}”`));
  }
  box.append(el("h4", {}, "Peristiwa dalam artikel"), list);
  view.hidden = false;
  const current = document.getElementById("current-trigger");
  if (current) current.scrollIntoView({ block: "center" });
}

// -- start -------------------------------------------------------------------------------
async function main() {
  state.meta = await getJSON("/api/meta");
  const select = document.querySelector("#filters select[name=type]");
  for (const t of state.meta.types) select.append(el("option", { value: t }, t));
  const params = new URLSearchParams(location.search);
  for (const k of FILTER_KEYS) if (params.get(k)) state.filters[k] = params.get(k);
  writeForm();
  document.getElementById("filters").addEventListener("submit", (ev) => { ev.preventDefault(); readForm(); refresh(); });
  document.getElementById("clear").addEventListener("click", () => { state.filters = {}; writeForm(); refresh(); });
  document.getElementById("close-article").addEventListener("click", () => { document.getElementById("article-view").hidden = true; });
  state.mapReady = initMap(); // the base layers load while the data views fill
  await refresh();
  document.body.dataset.ready = "1";
}

main().catch((e) => { document.getElementById("summary").textContent = `Galat: ${e.message}`; });
