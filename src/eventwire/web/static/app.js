// eventwire explorer: filters, timeline, map, actor network, event list, event view.
// Plain JavaScript and SVG, no library. Every piece of data goes into the page as text
// (textContent, createTextNode, setAttribute on fixed attribute names): article text is
// untrusted and never parsed as markup.
(() => {
  'use strict';

  const SVGNS = 'http://www.w3.org/2000/svg';
  const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT',
    'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE',
    'ASSAULT'];
  const TYPE_COLORS = {
    AGREE: '#4e79a7', CONSULT: '#59a14f', SUPPORT: '#8cd17d', CONCEDE: '#b6992d',
    COOPERATE: '#499894', AID: '#86bcb6', RETREAT: '#a0cbe8', REQUEST: '#d4a017',
    ACCUSE: '#f28e2b', REJECT: '#ffbe7d', THREATEN: '#e15759', PROTEST: '#ff9d9a',
    SANCTION: '#b07aa1', MOBILIZE: '#d4a6c8', COERCE: '#9d7660', ASSAULT: '#6b6461',
  };
  const TYPE_WORDS = {
    AGREE: 'agree (sign, promise)', CONSULT: 'consult (meet, talk, visit)',
    SUPPORT: 'support (praise, endorse)', CONCEDE: 'concede (ease, yield)',
    COOPERATE: 'cooperate (act jointly)', AID: 'aid (give, supply)',
    RETREAT: 'retreat (withdraw)', REQUEST: 'request (ask, demand)',
    ACCUSE: 'accuse (blame, criticise)', REJECT: 'reject (refuse, deny)',
    THREATEN: 'threaten', PROTEST: 'protest (demonstrate)',
    SANCTION: 'sanction (restrict, expel)', MOBILIZE: 'mobilize (deploy, alert)',
    COERCE: 'coerce (arrest, seize)', ASSAULT: 'assault (attack, kill)',
  };
  const KIND_WORDS = {
    trigger: 'what happened (trigger)', actor: 'actor', recipient: 'recipient',
    place: 'place', date: 'date', source: 'according to',
  };
  const PAGE = 50;
  const WORLD = { x: 0, y: 4, w: 360, h: 146 };

  const state = {
    filters: {},
    cursor: null,
    basemap: null,
    view: { ...WORLD },
    places: null,
    countryNames: {},
    eventId: null,
    loading: 0,
  };

  // ------------------------------------------------------------------ DOM helpers

  const $ = (sel, root = document) => root.querySelector(sel);

  function setAttrs(node, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') node.textContent = String(v);
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, String(v));
    }
  }

  function append(node, kids) {
    for (const k of kids.flat()) {
      if (k === null || k === undefined || k === false) continue;
      node.append(k instanceof Node ? k : document.createTextNode(String(k)));
    }
    return node;
  }

  function el(tag, attrs, ...kids) {
    const n = document.createElement(tag);
    setAttrs(n, attrs);
    return append(n, kids);
  }

  function sv(tag, attrs, ...kids) {
    const n = document.createElementNS(SVGNS, tag);
    setAttrs(n, attrs);
    return append(n, kids);
  }

  function svgTitle(text) {
    return sv('title', { text });
  }

  function safeUrl(url) {
    // only web links are made clickable (never javascript:, data: ...)
    return typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
  }

  const NUMBER = new Intl.NumberFormat('en-US');
  function fmtNumber(n) {
    return NUMBER.format(Number(n || 0));
  }

  // ------------------------------------------------------------------ API

  function errorText(body, status) {
    const d = body && body.detail;
    if (typeof d === 'string') return d;
    if (Array.isArray(d)) {
      return d.map((x) => `${(x.loc || []).slice(1).join('.') || 'request'}: ${x.msg}`).join('; ');
    }
    return `the server answered ${status}`;
  }

  async function api(path, params) {
    const qs = params && params.toString();
    const r = await fetch(qs ? `${path}?${qs}` : path, { headers: { Accept: 'application/json' } });
    let body = null;
    try { body = await r.json(); } catch (e) { body = null; }
    if (!r.ok) throw new Error(errorText(body, r.status));
    return body;
  }

  function showError(message) {
    const p = $('#error');
    p.textContent = message || '';
    p.hidden = !message;
  }

  // ------------------------------------------------------------------ filters and the URL

  const FIELDS = ['actor', 'dyad_a', 'dyad_b', 'type', 'since', 'until', 'certainty',
    'factuality', 'country'];

  function readForm() {
    const form = $('#filters');
    const out = {};
    for (const name of FIELDS) {
      const v = (form.elements[name].value || '').trim();
      if (v) out[name] = v;
    }
    return out;
  }

  function writeForm(filters) {
    const form = $('#filters');
    for (const name of FIELDS) form.elements[name].value = filters[name] || '';
  }

  function filterParams(filters) {
    const p = new URLSearchParams();
    if (filters.actor) p.append('actor', filters.actor);
    if (filters.dyad_a && filters.dyad_b) p.set('dyad', `${filters.dyad_a}:${filters.dyad_b}`);
    for (const k of ['type', 'since', 'until', 'certainty', 'factuality', 'country']) {
      if (filters[k]) p.set(k, filters[k]);
    }
    return p;
  }

  function checkFilters(filters) {
    if (Boolean(filters.dyad_a) !== Boolean(filters.dyad_b)) {
      return 'A dyad needs two parties, e.g. RUS and PRK.';
    }
    return null;
  }

  function writeHash() {
    const p = new URLSearchParams();
    for (const name of FIELDS) if (state.filters[name]) p.set(name, state.filters[name]);
    if (state.eventId) p.set('event', state.eventId);
    const h = p.toString();
    const want = h ? `#${h}` : '';
    if (location.hash !== want) history.replaceState(null, '', want || location.pathname + location.search);
  }

  function readHash() {
    const p = new URLSearchParams(location.hash.replace(/^#/, ''));
    const filters = {};
    for (const name of FIELDS) {
      const v = p.get(name);
      if (v) filters[name] = v;
    }
    return { filters, event: p.get('event') };
  }

  // ------------------------------------------------------------------ loading everything

  async function refresh() {
    const err = checkFilters(state.filters);
    if (err) { showError(err); return; }
    showError(null);
    const token = ++state.loading;
    document.body.dataset.ready = '0';
    const params = filterParams(state.filters);
    const listParams = new URLSearchParams(params);
    listParams.set('limit', String(PAGE));
    try {
      const [events, timeline, places, network] = await Promise.all([
        api('/api/events', listParams),
        api('/api/timeline', params),
        api('/api/places', params),
        api('/api/network', params),
      ]);
      if (token !== state.loading) return;
      renderList(events, false);
      renderTimeline(timeline);
      state.places = places;
      renderMap();
      renderNetwork(network);
    } catch (e) {
      if (token !== state.loading) return;
      showError(e.message);
    }
    writeHash();
    document.body.dataset.ready = '1';
  }

  async function loadMore() {
    if (!state.cursor) return;
    const p = filterParams(state.filters);
    p.set('limit', String(PAGE));
    p.set('cursor', state.cursor);
    try {
      renderList(await api('/api/events', p), true);
    } catch (e) {
      showError(e.message);
    }
  }

  function applyFilters(changes) {
    state.filters = { ...state.filters, ...changes };
    for (const k of Object.keys(state.filters)) if (!state.filters[k]) delete state.filters[k];
    writeForm(state.filters);
    refresh();
  }

  // ------------------------------------------------------------------ event list

  function who(actors, recipients, symmetric) {
    if (!recipients) return actors || '—';
    return `${actors || '?'} ${symmetric ? '↔' : '→'} ${recipients}`;
  }

  function renderList(page, appendRows) {
    const body = $('#events tbody');
    if (!appendRows) body.replaceChildren();
    for (const ev of page.events) {
      const date = ev.event_date || '';
      const tr = el('tr', {
        tabindex: '0',
        'data-id': ev.story_id,
        class: ev.story_id === state.eventId ? 'selected' : null,
      },
      el('td', { class: 'nowrap', title: ev.granularity === 'unknown' ? 'date not stated: from the reports' : `stated (${ev.granularity})` },
        date, ev.granularity === 'unknown' ? el('span', { class: 'muted', text: ' *' }) : null),
      el('td', {}, el('span', { class: 'type-dot', 'data-type': ev.event_type }), ev.event_type,
        ev.mode ? el('span', { class: 'muted', text: ` ${ev.mode}` }) : null),
      el('td', {}, who(ev.actor_text, ev.recipient_text, ev.is_symmetric)),
      el('td', {}, ev.location_name || ''),
      el('td', { class: ev.polarity === 'negative' ? 'negated' : null }, ev.status || ''),
      el('td', { class: 'num', title: `${ev.n_sources} sources: ${ev.sources || ''}` }, String(ev.n_articles)));
      const dot = tr.querySelector('.type-dot');
      dot.setAttribute('title', TYPE_WORDS[ev.event_type] || ev.event_type);
      tr.addEventListener('click', () => openEvent(ev.story_id));
      tr.addEventListener('keydown', (e) => { if (e.key === 'Enter') openEvent(ev.story_id); });
      body.append(tr);
    }
    colorDots(body);
    state.cursor = page.next_cursor;
    $('#more').hidden = !page.next_cursor;
    const shown = body.children.length;
    $('#count').textContent = page.total !== null && page.total !== undefined
      ? `${fmtNumber(shown)} of ${fmtNumber(page.total)}` : fmtNumber(shown);
    $('#empty').hidden = shown > 0;
  }

  function colorDots(root) {
    for (const dot of root.querySelectorAll('.type-dot')) {
      const t = dot.getAttribute('data-type');
      dot.style.backgroundColor = TYPE_COLORS[t] || '#999';
    }
  }

  // ------------------------------------------------------------------ timeline

  function addPeriod(iso, by, n) {
    const d = new Date(`${iso}T00:00:00Z`);
    if (by === 'day') d.setUTCDate(d.getUTCDate() + n);
    else if (by === 'week') d.setUTCDate(d.getUTCDate() + 7 * n);
    else if (by === 'month') d.setUTCMonth(d.getUTCMonth() + n);
    else d.setUTCFullYear(d.getUTCFullYear() + n);
    return d.toISOString().slice(0, 10);
  }

  function periodLabel(iso, by) {
    if (by === 'year') return iso.slice(0, 4);
    if (by === 'month') return iso.slice(0, 7);
    return iso;
  }

  function renderTimeline(tl) {
    const svg = $('#timeline');
    svg.replaceChildren();
    $('#timeline-by').textContent = tl.rows.length ? `per ${tl.by}` : '';
    const legend = $('#timeline-legend');
    legend.replaceChildren();
    const W = 640, H = 170, left = 34, right = 8, top = 10, bottom = 26;
    if (!tl.rows.length) {
      svg.append(sv('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'muted-text', text: 'no dated events' }));
      return;
    }
    const byPeriod = new Map();
    for (const r of tl.rows) {
      if (!byPeriod.has(r.period)) byPeriod.set(r.period, {});
      byPeriod.get(r.period)[r.event_type] = r.events;
    }
    const sorted = [...byPeriod.keys()].sort();
    let periods = [sorted[0]];
    while (periods[periods.length - 1] < sorted[sorted.length - 1] && periods.length < 1500) {
      periods.push(addPeriod(periods[periods.length - 1], tl.by, 1));
    }
    if (periods.length >= 1500) periods = sorted;
    const totals = periods.map((p) => Object.values(byPeriod.get(p) || {}).reduce((a, b) => a + b, 0));
    const max = Math.max(1, ...totals);
    const plotW = W - left - right, plotH = H - top - bottom;
    const bw = plotW / periods.length;
    // axis
    svg.append(sv('line', { x1: left, y1: top + plotH, x2: W - right, y2: top + plotH, class: 'axis' }));
    svg.append(sv('text', { x: left - 4, y: top + 8, 'text-anchor': 'end', class: 'tick', text: fmtNumber(max) }));
    svg.append(sv('text', { x: left - 4, y: top + plotH, 'text-anchor': 'end', class: 'tick', text: '0' }));
    const present = new Set();
    periods.forEach((p, i) => {
      const counts = byPeriod.get(p) || {};
      const g = sv('g', { class: 'bar', 'data-period': p });
      let y = top + plotH;
      for (const t of TYPES) {
        const n = counts[t];
        if (!n) continue;
        present.add(t);
        const h = (n / max) * plotH;
        y -= h;
        g.append(sv('rect', {
          x: left + i * bw + (bw > 3 ? 0.5 : 0), y, width: Math.max(bw - (bw > 3 ? 1 : 0), 0.5),
          height: Math.max(h, 0.5), fill: TYPE_COLORS[t], 'data-type': t,
        }));
      }
      if (totals[i]) {
        // one tooltip per bar (the whole column), with the counts by type
        const parts = TYPES.filter((t) => counts[t]).map((t) => `${t} ${fmtNumber(counts[t])}`);
        g.append(sv('rect', { x: left + i * bw, y: top, width: bw, height: plotH, class: 'hit' },
          svgTitle(`${periodLabel(p, tl.by)}: ${fmtNumber(totals[i])} events (${parts.join(', ')}) — click to show this ${tl.by}`)));
        g.addEventListener('click', () => {
          const end = addPeriod(p, tl.by, 1);
          const last = new Date(`${end}T00:00:00Z`);
          last.setUTCDate(last.getUTCDate() - 1);
          applyFilters({ since: p, until: last.toISOString().slice(0, 10) });
        });
      }
      svg.append(g);
    });
    const every = Math.max(1, Math.ceil(periods.length / 6));
    for (let i = 0; i < periods.length; i += every) {
      let x = left + i * bw + bw / 2;
      let anchor = 'middle';
      if (i === 0) { x = left; anchor = 'start'; } else if (x > W - right - 36) { x = W - right; anchor = 'end'; }
      svg.append(sv('text', { x, y: H - 8, 'text-anchor': anchor, class: 'tick', text: periodLabel(periods[i], tl.by) }));
    }
    for (const t of TYPES) {
      if (!present.has(t)) continue;
      const sw = el('span', { class: 'swatch' });
      sw.style.backgroundColor = TYPE_COLORS[t];
      legend.append(el('span', { class: 'legend-item', title: TYPE_WORDS[t] }, sw, t));
    }
  }

  // ------------------------------------------------------------------ map

  function project(lon, lat) {
    return [lon + 180, 90 - lat];
  }

  function setView(v) {
    const w = Math.min(Math.max(v.w, 8), WORLD.w);
    const h = w * (WORLD.h / WORLD.w);
    const x = Math.min(Math.max(v.x, WORLD.x - w / 2), WORLD.x + WORLD.w - w / 2);
    const y = Math.min(Math.max(v.y, WORLD.y - h / 2), WORLD.y + WORLD.h - h / 2);
    state.view = { x, y, w, h };
    $('#map').setAttribute('viewBox', `${x} ${y} ${w} ${h}`);
    drawMarkers();
  }

  function zoom(factor, cx, cy) {
    const v = state.view;
    const px = cx === undefined ? v.x + v.w / 2 : cx;
    const py = cy === undefined ? v.y + v.h / 2 : cy;
    const w = v.w * factor, h = v.h * factor;
    setView({ x: px - (px - v.x) * factor, y: py - (py - v.y) * factor, w, h });
  }

  function drawBasemap() {
    const svg = $('#map');
    svg.replaceChildren();
    const land = sv('g', { class: 'land' });
    for (const c of state.basemap.countries) {
      land.append(sv('path', { d: c.d, class: 'country', 'data-iso3': c.iso3 || '' }, svgTitle(c.name)));
    }
    svg.append(sv('rect', { x: -360, y: -90, width: 1080, height: 360, class: 'sea' }), land,
      sv('g', { id: 'markers' }));
  }

  function renderMap() {
    if (!state.basemap) return;
    const counts = new Map();
    for (const p of (state.places && state.places.places) || []) {
      if (p.country) counts.set(p.country, (counts.get(p.country) || 0) + p.events);
    }
    for (const path of $('#map').querySelectorAll('path.country')) {
      const iso = path.getAttribute('data-iso3');
      path.classList.toggle('has-events', counts.has(iso));
    }
    const pl = state.places;
    $('#map-note').textContent = pl
      ? `${fmtNumber(pl.events - pl.events_without_place)} of ${fmtNumber(pl.events)} events have a place` : '';
    drawMarkers();
  }

  function drawMarkers() {
    const g = $('#markers');
    if (!g || !state.places) return;
    g.replaceChildren();
    const places = state.places.places;
    const max = Math.max(1, ...places.map((p) => p.events));
    const scale = state.view.w / WORLD.w;
    const labels = {};
    for (const c of (state.basemap && state.basemap.countries) || []) if (c.iso3) labels[c.iso3] = c.label;
    // biggest first, so that small markers stay clickable on top
    for (const p of [...places].sort((a, b) => b.events - a.events)) {
      let xy = null;
      let countryOnly = false;
      if (typeof p.lat === 'number' && typeof p.lon === 'number') xy = project(p.lon, p.lat);
      else if (p.country && labels[p.country]) {
        xy = project(labels[p.country][0], labels[p.country][1]);
        countryOnly = true;
      }
      if (!xy) continue;
      const r = (1 + 4 * Math.sqrt(p.events / max)) * scale;
      const name = p.name || state.countryNames[p.country] || p.country;
      const title = `${name}${p.country ? ` (${p.country})` : ''}: ${fmtNumber(p.events)} event${p.events === 1 ? '' : 's'}`
        + (countryOnly ? ' — country only, drawn at its centre' : '') + (p.country ? ' — click to filter' : '');
      const c = sv('circle', {
        cx: xy[0], cy: xy[1], r, class: countryOnly ? 'marker country-only' : 'marker',
        'data-country': p.country || '', 'data-name': name,
      }, svgTitle(title));
      c.style.strokeWidth = String(0.4 * scale);
      if (p.country) c.addEventListener('click', (e) => { e.stopPropagation(); applyFilters({ country: p.country }); });
      g.append(c);
    }
  }

  function initMapControls() {
    const svg = $('#map');
    $('#zoom-in').addEventListener('click', () => zoom(0.5));
    $('#zoom-out').addEventListener('click', () => zoom(2));
    $('#zoom-reset').addEventListener('click', () => setView({ ...WORLD }));
    const toMap = (evt) => {
      const r = svg.getBoundingClientRect();
      const v = state.view;
      return [v.x + ((evt.clientX - r.left) / r.width) * v.w, v.y + ((evt.clientY - r.top) / r.height) * v.h];
    };
    svg.addEventListener('wheel', (e) => {
      e.preventDefault();
      const [x, y] = toMap(e);
      zoom(e.deltaY < 0 ? 0.8 : 1.25, x, y);
    }, { passive: false });
    let drag = null;
    svg.addEventListener('pointerdown', (e) => {
      if (e.target.classList.contains('marker')) return;
      drag = { x: e.clientX, y: e.clientY, view: { ...state.view } };
      svg.setPointerCapture(e.pointerId);
    });
    svg.addEventListener('pointermove', (e) => {
      if (!drag) return;
      const r = svg.getBoundingClientRect();
      const dx = ((e.clientX - drag.x) / r.width) * drag.view.w;
      const dy = ((e.clientY - drag.y) / r.height) * drag.view.h;
      setView({ ...drag.view, x: drag.view.x - dx, y: drag.view.y - dy });
    });
    const stop = () => { drag = null; };
    svg.addEventListener('pointerup', stop);
    svg.addEventListener('pointercancel', stop);
    svg.addEventListener('dblclick', () => setView({ ...WORLD }));
  }

  // ------------------------------------------------------------------ actor network

  function layout(nodes, edges, W, H) {
    // Fruchterman-Reingold with gravity, deterministic: nodes start on a circle by activity;
    // the result is scaled to fill the drawing (labels keep a margin)
    const n = nodes.length;
    if (n === 1) return [{ x: W / 2, y: H / 2 }];
    const pos = nodes.map((_, i) => {
      const a = (2 * Math.PI * i) / n;
      return { x: Math.cos(a) * 100, y: Math.sin(a) * 100, dx: 0, dy: 0 };
    });
    const index = new Map(nodes.map((d, i) => [d.id, i]));
    const k = 60;
    let temp = 40;
    for (let it = 0; it < 300; it++) {
      for (const p of pos) { p.dx = -p.x * 1.5; p.dy = -p.y * 1.5; }
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
          let d = Math.hypot(dx, dy);
          if (d < 0.01) { dx = 0.01 * (i - j); dy = 0.01; d = Math.hypot(dx, dy); }
          const f = (k * k) / d;
          pos[i].dx += (dx / d) * f; pos[i].dy += (dy / d) * f;
          pos[j].dx -= (dx / d) * f; pos[j].dy -= (dy / d) * f;
        }
      }
      for (const e of edges) {
        const a = pos[index.get(e.source)], b = pos[index.get(e.target)];
        if (!a || !b) continue;
        const dx = a.x - b.x, dy = a.y - b.y;
        const d = Math.max(Math.hypot(dx, dy), 0.01);
        const f = (d * d) / k;
        a.dx -= (dx / d) * f; a.dy -= (dy / d) * f;
        b.dx += (dx / d) * f; b.dy += (dy / d) * f;
      }
      for (const p of pos) {
        const d = Math.max(Math.hypot(p.dx, p.dy), 0.01);
        p.x += (p.dx / d) * Math.min(d, temp);
        p.y += (p.dy / d) * Math.min(d, temp);
      }
      temp = Math.max(temp * 0.985, 0.5);
    }
    const xs = pos.map((p) => p.x), ys = pos.map((p) => p.y);
    const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
    const mx = 70, my = 34;
    let sx = Math.min((W - 2 * mx) / Math.max(maxX - minX, 1), 3);
    let sy = Math.min((H - 2 * my) / Math.max(maxY - minY, 1), 3);
    sx = Math.min(sx, 2 * sy);  // fill the box, stretching one way at most twice the other
    sy = Math.min(sy, 2 * sx);
    const ox = (W - (maxX - minX) * sx) / 2, oy = (H - (maxY - minY) * sy) / 2;
    return pos.map((p) => ({ x: ox + (p.x - minX) * sx, y: oy + (p.y - minY) * sy }));
  }

  function partyFilterValue(id) {
    return id.startsWith('name:') ? id.slice(5) : id;
  }

  function renderNetwork(net) {
    const svg = $('#network');
    svg.replaceChildren();
    const W = 640, H = 420;
    $('#network-note').textContent = net.nodes.length
      ? `${net.nodes.length} parties${net.nodes.length >= net.max_nodes ? ' (most active)' : ''}` : '';
    if (!net.nodes.length) {
      svg.append(sv('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'muted-text', text: 'no actors' }));
      return;
    }
    const pos = layout(net.nodes, net.edges, W, H);
    const at = new Map(net.nodes.map((d, i) => [d.id, pos[i]]));
    const label = new Map(net.nodes.map((d) => [d.id, d.label]));
    const maxE = Math.max(1, ...net.edges.map((e) => e.events));
    const maxN = Math.max(1, ...net.nodes.map((d) => d.events));
    const focus = new Set([state.filters.dyad_a, state.filters.dyad_b, state.filters.actor]
      .filter(Boolean).map((v) => v.toUpperCase()));
    const edges = sv('g', { class: 'edges' });
    for (const e of net.edges) {
      const a = at.get(e.source), b = at.get(e.target);
      const top = Object.entries(e.types).sort((x, y) => y[1] - x[1])[0][0];
      const la = label.get(e.source), lb = label.get(e.target);
      const types = Object.entries(e.types).sort((x, y) => y[1] - x[1]).map(([t, c]) => `${t} ${c}`).join(', ');
      const dirs = [];
      if (e.a_to_b) dirs.push(`${la} → ${lb}: ${e.a_to_b}`);
      if (e.b_to_a) dirs.push(`${lb} → ${la}: ${e.b_to_a}`);
      if (e.mutual) dirs.push(`together: ${e.mutual}`);
      const line = sv('line', {
        x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: 'edge',
        stroke: TYPE_COLORS[top] || '#888', 'stroke-width': 1 + 7 * Math.sqrt(e.events / maxE),
        'data-source': e.source, 'data-target': e.target,
      }, svgTitle(`${la} – ${lb}: ${fmtNumber(e.events)} events (${types}); ${dirs.join('; ')} — click to show this dyad`));
      line.addEventListener('click', () => applyFilters({
        dyad_a: partyFilterValue(e.source), dyad_b: partyFilterValue(e.target), actor: '',
      }));
      edges.append(line);
    }
    const nodes = sv('g', { class: 'nodes' });
    net.nodes.forEach((d, i) => {
      const p = pos[i];
      const r = 5 + 14 * Math.sqrt(d.events / maxN);
      const g = sv('g', {
        class: focus.has(d.id.toUpperCase()) || focus.has(partyFilterValue(d.id).toUpperCase()) ? 'node focus' : 'node',
        transform: `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`, 'data-id': d.id,
      },
      sv('circle', { r }),
      sv('text', { y: r + 11, 'text-anchor': 'middle', text: d.label.length > 14 && d.country ? d.id : d.label }),
      svgTitle(`${d.label}${d.country ? ` (${d.country})` : ''}: ${fmtNumber(d.events)} events — click to filter by this actor`));
      g.addEventListener('click', () => applyFilters({ actor: partyFilterValue(d.id), dyad_a: '', dyad_b: '' }));
      nodes.append(g);
    });
    svg.append(edges, nodes);
  }

  // ------------------------------------------------------------------ event view

  function fact(dl, term, ...value) {
    dl.append(el('dt', { text: term }), el('dd', {}, ...value));
  }

  function actorText(a) {
    const name = a.name || a.raw_text || a.country || '?';
    const bits = [a.country, a.sector, a.title].filter(Boolean);
    return bits.length ? `${name} (${bits.join(', ')})` : name;
  }

  async function openEvent(id) {
    state.eventId = id;
    writeHash();
    for (const tr of document.querySelectorAll('#events tbody tr')) {
      tr.classList.toggle('selected', tr.getAttribute('data-id') === id);
    }
    const panel = $('#event-panel');
    panel.hidden = false;
    document.body.classList.add('with-event');
    document.body.dataset.eventReady = '0';
    $('#event-title').textContent = 'Loading…';
    let detail;
    try {
      detail = await api(`/api/events/${encodeURIComponent(id)}`);
    } catch (e) {
      $('#event-title').textContent = 'Event';
      showError(e.message);
      document.body.dataset.eventReady = '1';
      return;
    }
    if (state.eventId !== id) return;
    renderEvent(detail);
    const rep = detail.mentions.find((m) => m.mention_id === detail.representative) || detail.mentions[0];
    if (rep) await showMention(detail, rep);
    document.body.dataset.eventReady = '1';
  }

  function closeEvent() {
    state.eventId = null;
    $('#event-panel').hidden = true;
    document.body.classList.remove('with-event');
    for (const tr of document.querySelectorAll('#events tbody tr.selected')) tr.classList.remove('selected');
    writeHash();
  }

  function renderEvent(detail) {
    const ev = detail.event;
    const s = detail.summary;
    const title = $('#event-title');
    title.replaceChildren();
    append(title, [el('span', { class: 'type-dot', 'data-type': ev.event_type }),
      ev.event_type, ev.mode ? el('span', { class: 'muted', text: ` · ${ev.mode}` }) : null,
      el('span', { class: 'muted small', text: `  ${TYPE_WORDS[ev.event_type] || ''}` })]);
    colorDots($('#event-title'));
    const actors = (ev.actor || []).map(actorText).join(', ') || '?';
    const recips = (ev.recipient || []).map(actorText).join(', ');
    $('#event-who').textContent = recips ? `${actors} ${ev.symmetric ? '↔' : '→'} ${recips}` : actors;
    $('#event-status').textContent = s.status;
    const dl = $('#event-facts');
    dl.replaceChildren();
    const d = ev.date || {};
    fact(dl, 'When', s.date, d.raw_text ? el('span', { class: 'muted', text: ` — “${d.raw_text}”` }) : null);
    const loc = ev.location;
    if (loc) {
      fact(dl, 'Where', [loc.name || loc.raw_text, loc.admin1, loc.country].filter(Boolean).join(', '),
        loc.raw_text && loc.raw_text !== loc.name ? el('span', { class: 'muted', text: ` — “${loc.raw_text}”` }) : null);
    } else {
      fact(dl, 'Where', el('span', { class: 'muted', text: 'not stated' }));
    }
    fact(dl, 'Factuality', s.factuality);
    fact(dl, 'Attribution', s.attribution);
    const st = ev.story || {};
    fact(dl, 'Reports', `${fmtNumber(st.n_articles || detail.articles.length)} article(s), ${fmtNumber(st.n_sources || 0)} source(s)`
      + (st.first_report ? `, first ${st.first_report}` : ''));
    const extra = [ev.cameo ? `CAMEO ${ev.cameo}` : null, (ev.contexts || []).length ? `contexts: ${ev.contexts.join(', ')}` : null,
      `confidence ${Number(ev.confidence || 0).toFixed(2)}`].filter(Boolean).join(' · ');
    fact(dl, 'Record', extra, el('span', { class: 'muted', text: ` · ${ev.event_id}` }));

    const ul = $('#event-mentions');
    ul.replaceChildren();
    for (const m of detail.mentions) {
      const a = m.article || {};
      const trig = (m.evidence && m.evidence.trigger && m.evidence.trigger.text) || '';
      const b = el('button', { type: 'button', class: 'link', 'data-mention': m.mention_id },
        el('strong', { text: a.source_name || a.id || 'article' }), ' ',
        a.published ? el('span', { class: 'muted', text: `${a.published} ` }) : null,
        a.title || '', trig ? el('span', { class: 'muted', text: ` · “${trig}”` }) : null,
        el('span', { class: 'muted', text: ` · ${m.summary.factuality}` }));
      b.addEventListener('click', () => showMention(detail, m));
      ul.append(el('li', {}, b));
    }
    const why = $('#event-why-list');
    why.replaceChildren();
    for (const w of ev.why || []) {
      why.append(el('li', {}, el('strong', { text: w.field }), ': ', w.rule,
        w.entry ? el('span', { class: 'muted', text: ` [${w.entry}]` }) : null));
    }
  }

  async function showMention(detail, mention) {
    for (const b of document.querySelectorAll('#event-mentions button')) {
      b.classList.toggle('current', b.getAttribute('data-mention') === mention.mention_id);
    }
    const aid = mention.article && mention.article.id;
    const box = $('#article-text');
    box.replaceChildren();
    $('#article-legend').replaceChildren();
    if (!aid) return;
    let art;
    try {
      art = await api(`/api/articles/${encodeURIComponent(aid)}`);
    } catch (e) {
      showError(e.message);
      return;
    }
    const m = art.mentions.find((x) => x.mention_id === mention.mention_id)
      || { highlights: mention.highlights, evidence: mention.evidence };
    $('#article-title').textContent = art.title || 'Article';
    const meta = $('#article-meta');
    meta.replaceChildren();
    const bits = [art.source_name, art.published, art.language ? `language: ${art.language}` : null, art.id].filter(Boolean);
    meta.append(bits.join(' · '));
    const href = safeUrl(art.url);
    if (href) {
      meta.append(' · ', el('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank', text: 'original' }));
    }
    box.setAttribute('lang', art.language || '');
    renderText(box, art.text, m.evidence, m.highlights || []);
    const kinds = [...new Set((m.highlights || []).map((h) => h.kind))];
    const legend = $('#article-legend');
    for (const k of ['trigger', 'actor', 'recipient', 'place', 'date', 'source']) {
      if (kinds.includes(k)) legend.append(el('mark', { class: `hl hl-${k}`, text: KIND_WORDS[k] }), ' ');
    }
    legend.append(el('span', { class: 'evidence legend-evidence', text: 'the sentence' }));
    const evNode = box.querySelector('.evidence');
    if (evNode) evNode.scrollIntoView({ block: 'center' });
  }

  function renderText(box, text, evidence, spans) {
    // cut the text at every highlight and evidence boundary; put each piece in as text
    const cuts = new Set([0, text.length]);
    const ev = evidence && evidence.start !== undefined ? evidence : null;
    if (ev) { cuts.add(ev.start); cuts.add(ev.end); }
    for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
    let evSpan = null;
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      if (a === b) continue;
      const piece = text.slice(a, b);
      const hl = spans.find((s) => s.start <= a && b <= s.end);
      const node = hl
        ? el('mark', { class: `hl hl-${hl.kind}`, title: hl.label, 'data-kind': hl.kind, text: piece })
        : document.createTextNode(piece);
      const inside = ev && a >= ev.start && b <= ev.end;
      if (inside) {
        if (!evSpan) { evSpan = el('span', { class: 'evidence' }); box.append(evSpan); }
        evSpan.append(node);
      } else {
        evSpan = null;
        box.append(node);
      }
    }
  }

  // ------------------------------------------------------------------ start

  async function loadBasemap() {
    try {
      const r = await fetch('/static/world-110m.json');
      state.basemap = await r.json();
      for (const c of state.basemap.countries) if (c.iso3) state.countryNames[c.iso3] = c.name;
      drawBasemap();
      renderMap();
    } catch (e) {
      $('#map-note').textContent = 'basemap unavailable';
    }
  }

  async function loadInfo() {
    try {
      const info = await api('/api/info');
      const s = info.store;
      $('#store-info').textContent = `${fmtNumber(s.events)} events from ${fmtNumber(s.articles)} articles · eventwire ${info.version}`;
    } catch (e) {
      showError(e.message);
    }
  }

  function init() {
    const select = $('#type-select');
    for (const t of TYPES) select.append(el('option', { value: t, text: `${t} — ${TYPE_WORDS[t]}` }));
    const form = $('#filters');
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      state.filters = readForm();
      refresh();
    });
    $('#clear').addEventListener('click', () => { state.filters = {}; writeForm({}); refresh(); });
    $('#more').addEventListener('click', loadMore);
    $('#event-close').addEventListener('click', closeEvent);
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && state.eventId) closeEvent(); });
    initMapControls();
    const start = readHash();
    state.filters = start.filters;
    writeForm(state.filters);
    loadInfo();
    Promise.all([loadBasemap(), refresh()]).then(() => {
      if (start.event) openEvent(start.event);
    });
    window.addEventListener('hashchange', () => {
      const h = readHash();
      state.filters = h.filters;
      writeForm(state.filters);
      refresh().then(() => { if (h.event && h.event !== state.eventId) openEvent(h.event); });
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
