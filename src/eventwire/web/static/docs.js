// eventwire API reference: draws /openapi.json as a page and lets GET endpoints be tried.
// Everything is put in as text (no markup from the schema or from responses).
(() => {
  'use strict';

  const $ = (sel, root = document) => root.querySelector(sel);

  function el(tag, attrs, ...kids) {
    const n = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') n.textContent = String(v);
      else if (k.startsWith('on')) n.addEventListener(k.slice(2), v);
      else n.setAttribute(k, String(v));
    }
    for (const k of kids.flat()) {
      if (k === null || k === undefined || k === false) continue;
      n.append(k instanceof Node ? k : document.createTextNode(String(k)));
    }
    return n;
  }

  function resolve(spec, schema) {
    let s = schema || {};
    for (let i = 0; i < 10 && s.$ref; i++) {
      const path = s.$ref.replace(/^#\//, '').split('/');
      s = path.reduce((o, k) => (o ? o[k] : undefined), spec) || {};
    }
    return s;
  }

  function typeOf(spec, schema) {
    const s = resolve(spec, schema);
    if (s.enum) return s.enum.join(' | ');
    if (s.anyOf) return s.anyOf.map((x) => typeOf(spec, x)).filter((t) => t !== 'null').join(' or ');
    if (s.type === 'array') return `list of ${typeOf(spec, s.items)}`;
    if (s.$ref) return s.$ref.split('/').pop();
    if (s.title && !s.type) return s.title;
    return s.type || 'object';
  }

  function paramsTable(spec, params, inputs) {
    const table = el('table', { class: 'params' },
      el('thead', {}, el('tr', {}, el('th', { text: 'name' }), el('th', { text: 'in' }),
        el('th', { text: 'type' }), el('th', { text: 'description' }),
        inputs ? el('th', { text: 'try' }) : null)));
    const body = el('tbody');
    for (const p of params) {
      const schema = p.schema || {};
      const input = inputs ? el('input', {
        name: p.name, 'data-in': p.in,
        placeholder: schema.default !== undefined && schema.default !== null ? String(schema.default) : '',
      }) : null;
      if (input) inputs.push(input);
      body.append(el('tr', {},
        el('td', {}, el('code', { text: p.name }), p.required ? el('span', { class: 'required', text: ' *' }) : null),
        el('td', { text: p.in }),
        el('td', { text: typeOf(spec, schema) }),
        el('td', { text: p.description || schema.description || '' }),
        input ? el('td', {}, input) : null));
    }
    table.append(body);
    return table;
  }

  function bodySchema(spec, op) {
    const content = op.requestBody && op.requestBody.content;
    if (!content) return null;
    const media = content['application/json'];
    if (!media) return null;
    const root = resolve(spec, media.schema);
    const variants = root.anyOf ? root.anyOf.map((x) => resolve(spec, x)) : [root];
    const box = el('div', { class: 'schema' }, el('h3', { text: 'Request body (JSON)' }));
    for (const v of variants) {
      const rows = Object.entries(v.properties || {}).map(([name, prop]) => ({
        name, in: 'body', required: (v.required || []).includes(name),
        description: resolve(spec, prop).description || '', schema: prop,
      }));
      box.append(el('p', {}, el('strong', { text: v.title || 'object' }), v.description ? ` — ${v.description}` : ''));
      box.append(paramsTable(spec, rows, null));
    }
    return box;
  }

  function operation(spec, path, method, op) {
    const section = el('section', { class: 'op', id: op.operationId || `${method}-${path}` },
      el('h2', {}, el('span', { class: `method ${method}`, text: method.toUpperCase() }),
        el('code', { text: path }), el('span', { class: 'summary', text: op.summary || '' })));
    if (op.description) section.append(el('p', { class: 'description', text: op.description }));
    const params = op.parameters || [];
    const inputs = method === 'get' ? [] : null;
    if (params.length) section.append(paramsTable(spec, params, inputs));
    const body = bodySchema(spec, op);
    if (body) section.append(body);
    const codes = Object.entries(op.responses || {}).map(([code, r]) => `${code} ${r.description || ''}`);
    section.append(el('p', { class: 'muted', text: `Responses: ${codes.join(' · ')}` }));
    if (inputs) {
      const out = el('pre', { class: 'result', hidden: true });
      const go = el('button', { type: 'button', text: 'Send' });
      go.addEventListener('click', async () => {
        let url = path;
        const qs = new URLSearchParams();
        for (const i of inputs) {
          const v = i.value.trim();
          if (i.getAttribute('data-in') === 'path') url = url.replace(`{${i.name}}`, encodeURIComponent(v));
          else if (v) for (const part of v.split(/\s*;\s*/)) qs.append(i.name, part);
        }
        const full = qs.toString() ? `${url}?${qs}` : url;
        out.hidden = false;
        out.textContent = `GET ${full}\n…`;
        try {
          const r = await fetch(full);
          const type = r.headers.get('content-type') || '';
          const text = await r.text();
          let shown = text;
          if (type.includes('json')) {
            try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch (e) { shown = text; }
          }
          out.textContent = `GET ${full}\n${r.status} ${r.statusText}\n\n${shown}`;
        } catch (e) {
          out.textContent = `GET ${full}\n${e.message}`;
        }
      });
      section.append(el('p', { class: 'muted', text: 'Several values: separate them with “;”.' }), go, out);
    }
    return section;
  }

  async function init() {
    try {
      const spec = await (await fetch('/openapi.json')).json();
      document.title = `${spec.info.title} API ${spec.info.version}`;
      $('#api-description').textContent = spec.info.description || '';
      const ops = $('#operations');
      for (const [path, item] of Object.entries(spec.paths)) {
        for (const method of ['get', 'post', 'put', 'delete']) {
          if (item[method]) ops.append(operation(spec, path, method, item[method]));
        }
      }
    } catch (e) {
      const p = $('#error');
      p.textContent = `Cannot read /openapi.json: ${e.message}`;
      p.hidden = false;
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
