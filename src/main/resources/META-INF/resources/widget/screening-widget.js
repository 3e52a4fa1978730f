// <clinic-screening>: the patient intake of the contraindication screening service as one dependency-free
// custom element. Load it as a module, since it finds its service through import.meta.url:
//   <script type="module" src="https://screening.example/widget/screening-widget.js"></script>
//   <clinic-screening booking-url="https://clinic.example/book"></clinic-screening>
// Attributes: service-url, lang (en|es), treatment (MN|ALT_RFMN|ALT_PRPMN), booking-url, planned-date (YYYY-MM-DD;
// when absent the patient is asked, since preparation and aftercare are dated from it).
// After each step but the last it asks the service whether the result is already certain
// (POST /v1/screenings/partial) and ends early with it when it is (not eligible, or waiting until after a
// pregnancy or breastfeeding), offering to answer the rest to see other treatments (screening-complete then
// fires again with the full result); the lang attribute follows the patient's language switch.
// Events (bubbling, composed): screening-complete {status, eligibleFrom, decisionId, complete} (complete: false
// for an early end, true once every question is answered) and
// screening-error {status, title}; status 0 means the service could not be reached.
//
// The form is built only from the published questionnaire and follows its written rules, so a new question
// needs no widget release.
// A MEDICINE_LIST item is a combobox over its search (GET /v1/medicines), where a name not found is added as
// typed; the service's answerChecks (a listed medicine that contradicts an answer) are shown at that answer
// once before the form goes on. Answers live in this element's memory only: nothing is written to any storage.

const SCRIPT_ORIGIN = new URL(import.meta.url).origin;
const LANGS = ['en', 'es'];

const UI = {
  en: {
    name: 'English',
    loading: 'Loading the questionnaire…',
    loadFailed: 'We could not load the questionnaire. Check your internet connection and try again.',
    retry: 'Try again',
    step: (i, n) => `Step ${i} of ${n}`,
    note: 'Please answer every question unless it is marked (optional).',
    optional: '(optional)',
    next: 'Next', back: 'Back', submit: 'See my result',
    submitting: 'Checking your answers…',
    clear: 'Clear answer',
    entry: (n) => `Entry ${n}`, addEntry: 'Add another entry', removeEntry: (n) => `Remove entry ${n}`,
    error: 'Error:',
    required: 'Please answer this question.',
    requiredEntry: 'Please add at least one entry.',
    badDate: 'Please enter a complete, real date.',
    before: (d) => `The date cannot be before ${d}.`,
    after: (d) => `The date cannot be after ${d}.`,
    badNumber: 'Please enter a number, for example 6.5.',
    range: (min, max, unit) => `Please enter a number from ${min} to ${max}${unit ? ` ${unit}` : ''}.`,
    maxItems: (n) => `Please choose at most ${n}.`,
    maxEntries: (n) => `Please add at most ${n} entries.`,
    fix: (n) => (n === 1 ? 'Please correct the answer marked below.' : `Please correct the ${n} answers marked below.`),
    appeared: (n) => (n === 1 ? 'A new question appeared below.' : `${n} new questions appeared below.`),
    network: 'We could not reach the screening service. Check your internet connection and try again.',
    busy: (s) => `Too many requests are being sent right now. Please wait ${s ? `${s} seconds` : 'a moment'} and try again.`,
    failed: (status) => `Something went wrong on our side (error ${status}). Please try again in a few minutes.`,
    why: 'Why', toResolve: 'What needs to happen first', beforeTitle: 'Before your treatment',
    dayOf: 'On the day of your treatment', afterTitle: 'After your treatment',
    alternatives: 'Other treatments you could consider',
    book: 'Book your appointment', restart: 'Start again',
    from: (d) => `from ${d}`, until: (d) => `until ${d}`,
    fields: { plannedTreatmentDate: 'Planned treatment date', treatment: 'Treatment' },
    plannedQuestion: 'When would you like your treatment?',
    plannedHelp: 'We use this date to tell you what to do before and after your treatment.',
    moreHelp: 'More about this question',
    checking: 'Checking your answers so far…',
    goOn: 'Answer the remaining questions to see other treatments that may suit you',
    medHow: 'Type at least 2 letters of a name to search. If yours is not found, add it as written.',
    medFound: (n) => (n === 1 ? '1 medicine found.' : `${n} medicines found.`),
    medNone: 'No medicine found with that name. You can add it as written.',
    medOffline: 'The medicine search is not available right now. You can add the name as written.',
    medAsWritten: (t) => `Add “${t}” as written`,
    medAdded: (name, n) => `${name} added. ${n === 1 ? '1 medicine' : `${n} medicines`} in your list.`,
    medRemoved: (name) => `${name} removed from your list.`,
    medTwice: (name) => `${name} is already in your list.`,
    medRemove: 'Remove',
    fromList: (names) => `From your medicine list: ${names}.`,
    medWritten: 'as written',
    medList: 'Your medicines',
    medPending: 'Choose a medicine from the list or add it as written, or clear the box.',
    maxMedicines: (n) => `Please list at most ${n} medicines.`,
    requiredMedicine: 'Please add at least one medicine.',
    checkAnswers: (n) => (n === 1 ? 'Please check the answer marked below. If it is right, keep it and go on.'
      : `Please check the ${n} answers marked below. If they are right, keep them and go on.`),
  },
  es: {
    name: 'Español',
    loading: 'Cargando el cuestionario…',
    loadFailed: 'No pudimos cargar el cuestionario. Compruebe su conexión a internet e inténtelo de nuevo.',
    retry: 'Intentar de nuevo',
    step: (i, n) => `Paso ${i} de ${n}`,
    note: 'Responda a todas las preguntas, salvo las marcadas como (opcional).',
    optional: '(opcional)',
    next: 'Siguiente', back: 'Atrás', submit: 'Ver mi resultado',
    submitting: 'Revisando sus respuestas…',
    clear: 'Borrar respuesta',
    entry: (n) => `Entrada ${n}`, addEntry: 'Añadir otra entrada', removeEntry: (n) => `Quitar la entrada ${n}`,
    error: 'Error:',
    required: 'Responda a esta pregunta.',
    requiredEntry: 'Añada al menos una entrada.',
    badDate: 'Escriba una fecha completa y real.',
    before: (d) => `La fecha no puede ser anterior al ${d}.`,
    after: (d) => `La fecha no puede ser posterior al ${d}.`,
    badNumber: 'Escriba un número, por ejemplo 6,5.',
    range: (min, max, unit) => `Escriba un número entre ${min} y ${max}${unit ? ` ${unit}` : ''}.`,
    maxItems: (n) => `Elija como máximo ${n}.`,
    maxEntries: (n) => `Añada como máximo ${n} entradas.`,
    fix: (n) => (n === 1 ? 'Corrija la respuesta marcada abajo.' : `Corrija las ${n} respuestas marcadas abajo.`),
    appeared: (n) => (n === 1 ? 'Ha aparecido una pregunta nueva abajo.' : `Han aparecido ${n} preguntas nuevas abajo.`),
    network: 'No pudimos conectar con el servicio. Compruebe su conexión a internet e inténtelo de nuevo.',
    busy: (s) => `Hay demasiadas solicitudes en este momento. Espere ${s ? `${s} segundos` : 'un momento'} e inténtelo de nuevo.`,
    failed: (status) => `Algo salió mal de nuestro lado (error ${status}). Inténtelo de nuevo en unos minutos.`,
    why: 'Por qué', toResolve: 'Lo que debe ocurrir primero', beforeTitle: 'Antes del tratamiento',
    dayOf: 'El día del tratamiento', afterTitle: 'Después del tratamiento',
    alternatives: 'Otros tratamientos que puede considerar',
    book: 'Reservar una cita', restart: 'Empezar de nuevo',
    from: (d) => `desde el ${d}`, until: (d) => `hasta el ${d}`,
    fields: { plannedTreatmentDate: 'Fecha prevista del tratamiento', treatment: 'Tratamiento' },
    plannedQuestion: '¿Cuándo le gustaría hacerse el tratamiento?',
    plannedHelp: 'Con esta fecha le indicamos qué hacer antes y después del tratamiento.',
    moreHelp: 'Más sobre esta pregunta',
    checking: 'Revisando sus respuestas hasta ahora…',
    goOn: 'Responder las preguntas restantes para ver otros tratamientos que pueden convenirle',
    medHow: 'Escriba al menos 2 letras de un nombre para buscarlo. Si no aparece, añádalo tal como lo escribió.',
    medFound: (n) => (n === 1 ? 'Se encontró 1 medicamento.' : `Se encontraron ${n} medicamentos.`),
    medNone: 'No se encontró ningún medicamento con ese nombre. Puede añadirlo tal como lo escribió.',
    medOffline: 'La búsqueda de medicamentos no está disponible en este momento. Puede añadir el nombre tal como lo escribió.',
    medAsWritten: (t) => `Añadir “${t}” tal como lo escribió`,
    medAdded: (name, n) => `Se añadió ${name}. ${n === 1 ? '1 medicamento' : `${n} medicamentos`} en su lista.`,
    medRemoved: (name) => `Se quitó ${name} de su lista.`,
    medTwice: (name) => `${name} ya está en su lista.`,
    medRemove: 'Quitar',
    fromList: (names) => `De su lista de medicamentos: ${names}.`,
    medWritten: 'tal como lo escribió',
    medList: 'Sus medicamentos',
    medPending: 'Elija un medicamento de la lista o añádalo tal como lo escribió, o borre el texto.',
    maxMedicines: (n) => `Indique como máximo ${n} medicamentos.`,
    requiredMedicine: 'Añada al menos un medicamento.',
    checkAnswers: (n) => (n === 1 ? 'Revise la respuesta marcada abajo. Si es correcta, manténgala y continúe.'
      : `Revise las ${n} respuestas marcadas abajo. Si son correctas, manténgalas y continúe.`),
  },
};

const CSS = `
:host { display: block; color: #1f2328; background: #fff; font: 1rem/1.5 system-ui, sans-serif; --cs-accent: #0a58a8; }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
.root { max-width: 46rem; padding: 1rem; }
header { display: flex; justify-content: space-between; align-items: flex-start; gap: .5rem 1rem; flex-wrap: wrap; }
h2 { font-size: 1.4rem; line-height: 1.25; margin: 0; }
h3 { font-size: 1.25rem; line-height: 1.3; margin: 1rem 0 .25rem; }
h4 { font-size: 1.05rem; margin: 1.5rem 0 .25rem; }
.progress { display: block; font-size: .95rem; font-weight: 600; color: #3d4450; }
.bar { height: .5rem; background: #e3e7ed; border-radius: .25rem; overflow: hidden; margin: .25rem 0 .5rem; }
.bar > div { height: 100%; background: var(--cs-accent); }
.note, .help { color: #4a5160; font-size: .95rem; margin: .25rem 0 .5rem; }
details.more { margin: 0 0 .25rem; }
details.more > summary { color: var(--cs-accent); cursor: pointer; font-size: .95rem; min-height: 1.5rem; padding: .125rem 0; width: fit-content; }
details.more > .help { margin-top: 0; }
.item { margin: 1.5rem 0; }
fieldset { border: 0; padding: 0; margin: 0; min-width: 0; }
legend, .q { display: block; font-weight: 600; padding: 0; margin-bottom: .25rem; }
.opts { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: .125rem .5rem; }
.opt { display: flex; align-items: center; gap: .625rem; min-height: 2.75rem; padding: .25rem .5rem; border-radius: .375rem; cursor: pointer; }
.opt:hover { background: #eef2f7; }
input[type=radio], input[type=checkbox] { width: 1.5rem; height: 1.5rem; margin: 0; flex: none; accent-color: var(--cs-accent); }
input[type=date], input[type=text] { font: inherit; color: inherit; background: #fff; min-height: 2.75rem; padding: .375rem .5rem; border: 1px solid #6b7280; border-radius: .375rem; max-width: 100%; }
input[type=text] { width: 8rem; }
input[aria-invalid=true], fieldset[aria-invalid=true] .opts { border: 2px solid #b3261e; border-radius: .375rem; }
.error { color: #b3261e; font-weight: 600; margin: .25rem 0; }
:focus-visible { outline: 3px solid var(--cs-accent); outline-offset: 2px; }
button, .book { font: inherit; font-weight: 600; min-height: 2.75rem; padding: .5rem 1.25rem; border-radius: .375rem; border: 2px solid var(--cs-accent); cursor: pointer; }
.primary, .book { background: var(--cs-accent); color: #fff; }
.secondary { background: #fff; color: var(--cs-accent); }
.link { border: 0; background: none; color: var(--cs-accent); text-decoration: underline; font-weight: 400; min-height: 1.5rem; padding: .25rem; }
[aria-disabled=true] { opacity: .7; cursor: progress; }
.nav { display: flex; justify-content: space-between; flex-wrap: wrap; gap: .75rem; margin-top: 2rem; }
.nav .primary { margin-left: auto; }
.summary { border: 2px solid #b3261e; border-radius: .375rem; padding: .5rem 1rem; margin: 1rem 0; }
.summary:empty { display: none; } .summary p, .summary ul { margin: .25rem 0; }
.status { margin: .5rem 0 0; font-weight: 600; }
.entry { border: 1px solid #b8bfca; border-radius: .5rem; padding: .5rem 1rem 1rem; margin: .75rem 0; }
.entry .item { margin: .75rem 0; }
.result ul { padding-left: 1.25rem; margin: .25rem 0; } .result li { margin: .375rem 0; }
.book { display: inline-block; text-decoration: none; }
.why { display: block; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.summary.notice { border-color: #8a5a00; }
.check { background: #fff4d6; border-left: 4px solid #8a5a00; padding: .375rem .625rem; margin: .5rem 0; }
.check:empty { display: none; }
.combo { position: relative; max-width: 28rem; }
.combo input[type=text] { width: 100%; }
[role=listbox] { list-style: none; margin: .25rem 0 0; padding: .25rem; border: 1px solid #6b7280; border-radius: .375rem; background: #fff; max-height: 24rem; overflow-y: auto; }
[role=option] { padding: .375rem .5rem; border-radius: .25rem; cursor: pointer; min-height: 2.75rem; overflow-wrap: anywhere; }
[role=option]:hover { background: #eef2f7; }
[role=option].typed { border-top: 1px solid #b8bfca; border-radius: 0 0 .25rem .25rem; }
[role=option][aria-selected=true] { background: #dbe8f7; outline: 2px solid var(--cs-accent); outline-offset: -2px; }
.name { display: block; font-weight: 600; }
.more-info:empty { display: none; }
.more-info { display: block; font-size: .9rem; color: #4a5160; }
.tag { display: inline-block; font-size: .85rem; font-weight: 600; color: #6b3500; background: #fff0d9; border: 1px solid #a15c00; border-radius: .25rem; padding: 0 .375rem; margin: .125rem .25rem 0 0; }
.meds { list-style: none; padding: 0; margin: .5rem 0 0; max-width: 28rem; }
.meds li { display: flex; align-items: center; justify-content: space-between; gap: .5rem; padding: .25rem .25rem .25rem .75rem; border: 1px solid #b8bfca; border-radius: .375rem; margin: .375rem 0; overflow-wrap: anywhere; }
.meds button { padding: .25rem .75rem; flex: none; }
`;

// Dates stay YYYY-MM-DD strings: they compare as text and never meet a time zone.
const iso = (t) => t.toISOString().slice(0, 10);
const utc = (y, m, d) => { const t = new Date(0); t.setUTCFullYear(y, m, d); return t; };
function realDate(s) {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  return y > 0 && iso(utc(y, m - 1, d)) === s;
}
// Today where the clinic is (the questionnaire's clinicTimeZone), the day the service bounds dates by;
// the browser's own day when the zone is missing or unknown to this browser.
function clinicToday(timeZone) {
  if (timeZone) {
    try {
      // From the parts, not a locale's pattern, which locale data may change.
      const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
        .formatToParts(new Date());
      const part = (type) => parts.find((p) => p.type === type).value;
      return `${part('year')}-${part('month')}-${part('day')}`;
    } catch { /* an unknown zone: fall through */ }
  }
  const now = new Date();
  return iso(utc(now.getFullYear(), now.getMonth(), now.getDate()));
}
// An ISO period added the way java.time does it: years and months first (clamped to the month's end), then days.
function addPeriod(date, sign, period) {
  const p = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(period);
  if (!p || !realDate(date)) return null;
  const [y, m, d] = date.split('-').map(Number);
  const [, py = 0, pm = 0, pw = 0, pd = 0] = p.map(Number).map((n) => n || 0);
  const month = utc(y + sign * py, m - 1 + sign * pm, 1);
  const last = utc(month.getUTCFullYear(), month.getUTCMonth() + 1, 0).getUTCDate();
  return iso(utc(month.getUTCFullYear(), month.getUTCMonth(), Math.min(d, last) + sign * (pw * 7 + pd)));
}
const empty = (v) => v == null || v === '' || (Array.isArray(v) && v.length === 0);
const number = (v) => (/^\s*-?\d+(?:[.,]\d+)?\s*$/.test(v) ? Number(v.trim().replace(',', '.')) : null);
const httpUrl = (u) => { try { const url = new URL(u); return /^https?:$/.test(url.protocol) ? url.href : null; } catch { return null; } };

function put(root, path, value) {
  const parts = path.split('.');
  let node = root;
  for (const part of parts.slice(0, -1)) node = node[part] ??= {};
  node[parts.at(-1)] = value;
}

// Builds elements from text only (never HTML), so nothing the service sends can inject markup.
function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v == null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k === 'className' ? 'class' : k, v === true ? '' : v);
  }
  el.append(...children.flat(Infinity).filter((c) => c != null && c !== false));
  return el;
}

let sheet;
class ClinicScreening extends HTMLElement {
  static observedAttributes = ['lang', 'service-url', 'treatment', 'booking-url', 'planned-date'];

  #q = null;
  #texts = new Map();
  #cache = new Map();
  #parent = new Map(); // group child field -> its group item
  #answers = new Map(); // field -> string | string[] | [{id, values: Map}] for a group
  #errors = new Map(); // control key -> message shown next to it
  #bad = new Set(); // date inputs holding a half-typed date (their value reads as empty)
  #eff = new Map(); // answers of shown items, the ones enableWhen and date rules read
  #controls = new Map();
  #phase = 'loading';
  #step = null;
  #decision = null;
  #resume = null; // after an early result: the step the form goes on with
  #wentOn = false; // the patient chose to answer everything after an early result: no early end again
  #busy = false;
  #loads = 0;
  #entries = 0;
  #started = false;
  #said = 0;
  #typed = new Map(); // MEDICINE_LIST key -> a name typed but neither chosen nor added yet
  #notes = new Map(); // control key -> {message, medicines}: an answer check of the service shown next to it
  #seenChecks = new Set(); // answer checks already shown once: the patient may keep the answer and go on
  #searches = new Map(); // medicine search URL -> its results, for this page's life
  #title; #toggle; #status; #hint; #main; #root; #heading; #summary; #progress; #bar; #nextButton;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    // A constructed sheet is not inline style, so host pages with a strict style-src CSP still style the widget.
    if (!sheet) { sheet = new CSSStyleSheet(); sheet.replaceSync(CSS); }
    shadow.adoptedStyleSheets = [sheet];
    this.#title = h('h2');
    this.#toggle = h('button', { type: 'button', className: 'link', onclick: () => this.setAttribute('lang', this.#lang === 'en' ? 'es' : 'en') });
    this.#status = h('p', { className: 'status', role: 'status' });
    this.#hint = h('p', { className: 'sr', role: 'status' });
    this.#main = h('div');
    this.#root = h('div', { className: 'root' }, h('header', {}, this.#title, this.#toggle), this.#status, this.#hint, this.#main);
    shadow.append(this.#root);
  }

  connectedCallback() {
    if (this.#started) return;
    this.#started = true;
    this.#load();
  }

  attributeChangedCallback(name, old, value) {
    if (name === 'planned-date' && value && !realDate(value)) console.warn('<clinic-screening> planned-date is not YYYY-MM-DD:', value);
    if (!this.#started || old === value) return;
    if (name === 'lang' || name === 'service-url') this.#load();
    else if (this.#q && this.#phase !== 'result') this.#render();
  }

  get #lang() {
    for (const c of [this.getAttribute('lang'), navigator.language]) {
      const l = (c || '').slice(0, 2).toLowerCase();
      if (LANGS.includes(l)) return l;
    }
    return 'en';
  }
  get #ui() { return UI[this.#lang]; }
  get #service() { return (this.getAttribute('service-url') || SCRIPT_ORIGIN).replace(/\/+$/, ''); }
  // A clinic that sets treatment books that treatment: the patient is not asked again. The treatments are
  // the questionnaire's options, which list exactly what this clinic offers (one source: the policy).
  get #fixedTreatment() {
    const t = this.getAttribute('treatment');
    const offered = this.#q?.items.find((i) => i.field === 'treatment')?.options?.map((o) => o.value) || [];
    return offered.includes(t) ? t : null;
  }
  // A malformed planned-date is the clinic's mistake, not the patient's: the patient is then asked.
  get #planned() { const p = this.getAttribute('planned-date'); return realDate(p) ? p : null; }

  // The questionnaire's items, plus the planned treatment date as a question when the host page gives none:
  // without it the service dates preparation and aftercare from today, which is not when the patient comes.
  get #items() {
    const { items } = this.#q;
    if (this.#planned) return items;
    const ui = this.#ui;
    // The request field's own range, from the questionnaire's written rules: today to the planning horizon.
    const rule = (this.#q.rules || []).find((r) => r.startsWith('plannedTreatmentDate'));
    const horizon = /\b(\d+) (?:days|días)\b/.exec(rule || '')?.[1];
    const first = items.find((i) => i.section === this.#q.sections[0].id);
    const after = items.find((i) => i.field === 'treatment' && i.section === first.section) || null;
    const planned = {
      id: 'plannedTreatmentDate', section: first.section, field: 'plannedTreatmentDate', type: 'DATE', required: true,
      text: ui.plannedQuestion, help: ui.plannedHelp,
      dates: { notBefore: ['today'], notAfter: horizon ? [`today+P${horizon}D`] : [] },
    };
    const at = after ? items.indexOf(after) + 1 : items.indexOf(first);
    return [...items.slice(0, at), planned, ...items.slice(at)];
  }

  #announce(text) {
    // Emptied first so the same message twice is still announced.
    clearTimeout(this.#said);
    this.#status.textContent = '';
    if (text) this.#said = setTimeout(() => { this.#status.textContent = text; }, 50);
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  }

  async #load() {
    const load = ++this.#loads;
    const lang = this.#lang;
    this.#root.lang = lang;
    // The questionnaire, and the instruction texts the patient view refers to by code: both once per language.
    const url = `${this.#service}/v1/questionnaires/microneedling-intake?lang=${lang}`;
    const textsUrl = `${this.#service}/v1/instructions?lang=${lang}`;
    let q = this.#cache.get(url);
    let texts = this.#cache.get(textsUrl);
    if (!q || !texts) {
      this.#announce(this.#ui.loading);
      let status = 0;
      const get = async (u) => {
        const res = await fetch(u, { headers: { Accept: 'application/json' }, credentials: 'omit' });
        status = res.status;
        if (!res.ok) throw new Error(String(status));
        return res.json();
      };
      try {
        [q, texts] = await Promise.all([get(url), get(textsUrl)]);
        texts = new Map(texts.instructions.map((i) => [i.code, i]));
        this.#cache.set(url, q);
        this.#cache.set(textsUrl, texts);
      } catch {
        if (load !== this.#loads) return;
        this.#phase = this.#phase === 'result' ? 'result' : 'error';
        this.#announce('');
        this.#render();
        this.#emit('screening-error', { status, title: this.#ui.loadFailed });
        return;
      }
    }
    if (load !== this.#loads) return;
    this.#q = q;
    this.#texts = texts;
    this.#parent = new Map(q.items.filter((i) => i.type === 'GROUP').flatMap((g) => g.items.map((c) => [c.field, g])));
    if (this.#phase !== 'result') this.#phase = 'form';
    // Errors already shown are worded again in the new language (by the widget's own checks).
    if (this.#step) for (const [item, key] of this.#keys(this.#step)) if (this.#errors.has(key)) this.#judge(item, key);
    this.#announce('');
    this.#render();
  }

  // ---- the rules of the questionnaire ----

  // Walks the items in order, as a form author must: an answer counts for enableWhen and date rules only
  // while its own item is shown, and treatment is MN while nobody chose another.
  #shown() {
    const eff = new Map([['treatment', this.#fixedTreatment || 'MN']]);
    const shown = new Set();
    for (const item of this.#items) {
      if (item.field === 'treatment' && this.#fixedTreatment) continue;
      const holds = (item.enableWhen || []).every(({ field, anyOf }) => {
        const v = eff.get(field);
        return Array.isArray(v) ? v.some((x) => anyOf.includes(x)) : anyOf.includes(v);
      });
      if (!holds) continue;
      shown.add(item.field);
      const v = this.#answers.get(item.field);
      if (!empty(v)) eff.set(item.field, v);
    }
    this.#eff = eff;
    return shown;
  }

  #steps() {
    const shown = this.#shown();
    return this.#q.sections.map((s) => s.id)
      .filter((id) => this.#items.some((i) => i.section === id && shown.has(i.field)));
  }

  // Not before the latest notBefore, not after the earliest notAfter; a field path counts once answered.
  #bounds(item) {
    const today = clinicToday(this.#q.clinicTimeZone);
    const answered = this.#eff.get('plannedTreatmentDate');
    const resolve = (b) => {
      if (b === 'today') return today;
      if (b === 'evaluationDate') return this.#planned || (realDate(answered) ? answered : today);
      const rel = /^today([+-])(P\w+)$/.exec(b);
      if (rel) return addPeriod(today, rel[1] === '-' ? -1 : 1, rel[2]);
      if (b.startsWith('answers.')) return realDate(this.#eff.get(b)) ? this.#eff.get(b) : null;
      return realDate(b) ? b : null;
    };
    const { notBefore = [], notAfter = [] } = item.dates || {};
    return {
      min: notBefore.map(resolve).filter(Boolean).sort().at(-1) || null,
      max: notAfter.map(resolve).filter(Boolean).sort()[0] || null,
    };
  }

  // A control key is the item's field, or field@entryId for an item inside one entry of a group.
  #value(key) {
    const [field, id] = key.split('@');
    if (!id) return this.#answers.get(field);
    return this.#answers.get(this.#parent.get(field).field)?.find((e) => e.id === +id)?.values.get(field);
  }

  #set(key, value) {
    const [field, id] = key.split('@');
    if (!id) this.#answers.set(field, value);
    else this.#answers.get(this.#parent.get(field).field).find((e) => e.id === +id).values.set(field, value);
    if (this.#notes.delete(key) && !this.#notes.size && this.#summary?.classList.contains('notice')) this.#summary.replaceChildren();
    this.#refresh(key);
  }

  #problem(item, key) {
    const ui = this.#ui;
    if (this.#bad.has(key)) return ui.badDate;
    // A name typed and left in the box would be lost unseen: it must be chosen, added as written or cleared.
    if (this.#typed.get(key)?.trim()) return ui.medPending;
    const v = this.#value(key);
    if (empty(v)) {
      if (!item.required) return '';
      return { GROUP: ui.requiredEntry, MEDICINE_LIST: ui.requiredMedicine }[item.type] || ui.required;
    }
    if (item.type === 'DATE') {
      if (!realDate(v)) return ui.badDate;
      const { min, max } = this.#bounds(item);
      if (min && v < min) return ui.before(this.#date(min));
      if (max && v > max) return ui.after(this.#date(max));
    } else if (item.type === 'NUMBER') {
      const n = number(v);
      if (n == null) return ui.badNumber;
      if ((item.min != null && n < item.min) || (item.max != null && n > item.max)) return ui.range(item.min, item.max, item.unit);
    } else if (item.maxItems && Array.isArray(v) && v.length > item.maxItems) {
      return { GROUP: ui.maxEntries, MEDICINE_LIST: ui.maxMedicines }[item.type]?.(item.maxItems) || ui.maxItems(item.maxItems);
    }
    return '';
  }

  // [item, key] for every shown control of a section, group entries included, in the order shown.
  #keys(section, shown = this.#shown()) {
    const out = [];
    for (const item of this.#items) {
      if (item.section !== section || !shown.has(item.field)) continue;
      out.push([item, item.field]);
      if (item.type === 'GROUP') {
        for (const e of this.#answers.get(item.field) || []) for (const c of item.items) out.push([c, `${c.field}@${e.id}`]);
      }
    }
    return out;
  }

  #judge(item, key) {
    const msg = this.#problem(item, key);
    if (msg) this.#errors.set(key, msg); else this.#errors.delete(key);
    return msg;
  }

  #validate(section) {
    return this.#keys(section).filter(([item, key]) => this.#judge(item, key)).map(([, key]) => key);
  }

  #json(item, v) {
    if (empty(v)) return undefined;
    if (item.type === 'NUMBER') return number(v);
    if (item.type === 'MULTIPLE_CHOICE') return item.options.map((o) => o.value).filter((x) => v.includes(x));
    // A name typed as written goes without a code: the service classifies it by its name.
    if (item.type === 'MEDICINE_LIST') return v.map((m) => (m.rxcui ? { name: m.name, rxcui: m.rxcui } : { name: m.name }));
    if (item.type === 'GROUP') {
      return v.map((e) => {
        const entry = {};
        for (const c of item.items) {
          const cv = this.#json(c, e.values.get(c.field));
          if (cv !== undefined) entry[c.field.split('.').at(-1)] = cv;
        }
        return entry;
      });
    }
    return v;
  }

  // Only shown items are sent: an answer to a hidden question must not reach the service.
  #body() {
    const shown = this.#shown();
    const body = { treatment: this.#eff.get('treatment') };
    if (this.#planned) body.plannedTreatmentDate = this.#planned;
    for (const item of this.#items) {
      if (item.field === 'treatment' || !shown.has(item.field)) continue;
      const v = this.#json(item, this.#answers.get(item.field));
      if (v !== undefined) put(body, item.field, v);
    }
    return body;
  }

  // Dates in the patient's regional format when it is of the chosen language (en-GB: 1 October 2026).
  #date(start, end) {
    const l = navigator.language || '';
    const fmt = new Intl.DateTimeFormat(l.slice(0, 2) === this.#lang ? l : this.#lang, { dateStyle: 'long', timeZone: 'UTC' });
    const at = (s) => new Date(`${s}T00:00:00Z`);
    return end && end !== start ? fmt.formatRange(at(start), at(end)) : fmt.format(at(start));
  }

  // ---- rendering ----

  #render() {
    const ui = this.#ui;
    this.#root.lang = this.#lang;
    this.#title.textContent = this.#q?.title || '';
    this.#title.hidden = !this.#q;
    const other = this.#lang === 'en' ? 'es' : 'en';
    this.#toggle.textContent = UI[other].name;
    this.#toggle.lang = other;
    // A decision is worded by the service in one language; switching would mix two.
    this.#toggle.hidden = this.#phase === 'result';
    this.#controls.clear();
    this.#heading = this.#summary = null;
    if (this.#phase === 'error') {
      this.#main.replaceChildren(h('div', { className: 'summary', role: 'alert' }, h('p', {}, ui.loadFailed)),
        h('button', { type: 'button', className: 'primary', onclick: () => this.#load() }, ui.retry));
    } else if (this.#phase === 'result') {
      this.#main.replaceChildren(this.#resultView());
      // An early result: the other treatments are screened only with every answer, so the patient may go on.
      if (this.#resume) {
        this.#main.append(h('div', { className: 'nav' }, h('button', {
          type: 'button', className: 'secondary', onclick: () => this.#goOn(),
        }, ui.goOn)));
      }
    } else if (this.#phase === 'form') {
      this.#main.replaceChildren(this.#formView());
      this.#refresh(null);
    }
  }

  #formView() {
    const ui = this.#ui;
    const steps = this.#steps();
    if (!steps.includes(this.#step)) this.#step = steps[0];
    const i = steps.indexOf(this.#step);
    const section = this.#q.sections.find((s) => s.id === this.#step);
    this.#progress = h('span', { className: 'progress' });
    this.#bar = h('div');
    this.#heading = h('h3', { tabindex: '-1' }, this.#progress, section.title);
    this.#summary = h('div', { className: 'summary', role: 'alert', tabindex: '-1' });
    this.#nextButton = h('button', { type: 'submit', className: 'primary' });
    const items = this.#items.filter((item) => item.section === this.#step).map((item) => this.#itemView(item));
    return h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); this.#forward(); } },
      this.#heading,
      h('div', { className: 'bar', 'aria-hidden': 'true' }, this.#bar),
      h('p', { className: 'note' }, ui.note),
      this.#summary,
      items,
      h('div', { className: 'nav' },
        i > 0 && h('button', { type: 'button', className: 'secondary', onclick: () => this.#go(steps[i - 1]) }, ui.back),
        this.#nextButton));
  }

  #itemView(item, entry, index) {
    const ui = this.#ui;
    const key = entry ? `${item.field}@${entry.id}` : item.field;
    const id = `q-${item.id}${entry ? `-${entry.id}` : ''}`.replace(/[^\w-]/g, '_');
    const helpId = item.help ? `${id}-help` : null;
    const errId = `${id}-err`;
    const noteId = `${id}-check`;
    const describedby = [helpId, noteId, errId].filter(Boolean).join(' ');
    const label = [item.text, !item.required && ` ${ui.optional}`];
    // Folded, so a step reads as its questions; still the field's description for assistive technology.
    const help = item.help && h('details', { className: 'more' }, h('summary', {}, ui.moreHelp),
      h('p', { className: 'help', id: helpId }, item.help));
    const err = h('p', { className: 'error', id: errId });
    const note = h('p', { className: 'check', id: noteId });
    const value = this.#value(key);
    const control = { item, key, err, note };
    this.#bad.delete(key); // a fresh input holds no half-typed date
    let box;
    if (item.type === 'GROUP') {
      control.list = h('div');
      control.add = h('button', { type: 'button', className: 'secondary', onclick: () => this.#addEntry(item) }, ui.addEntry);
      control.target = h('fieldset', { 'aria-describedby': describedby }, h('legend', { className: 'q' }, label), help,
        control.list, control.add, note, err);
      box = h('div', { className: 'item' }, control.target);
    } else if (item.type === 'MEDICINE_LIST') {
      box = this.#medicineView(control, { id, label, help, note, err, describedby });
    } else if (item.type === 'DATE' || item.type === 'NUMBER') {
      const date = item.type === 'DATE';
      control.target = h('input', {
        id, name: key, type: date ? 'date' : 'text', inputmode: date ? null : 'decimal', value: value ?? '',
        required: item.required, 'aria-describedby': describedby,
        autocomplete: item.field === 'answers.dateOfBirth' ? 'bday' : 'off',
        oninput: (e) => {
          this.#bad.delete(key);
          this.#set(key, e.target.value);
        },
        // Checked on leaving the field, not per keystroke: typing a year passes through 0001, 0019, 0199.
        // A half-typed date reads as '', so validity.badInput is what tells it from an empty field.
        // Not when leaving for Next or Back: the error would push the button away under the pointer, and
        // Next checks the whole step anyway.
        onblur: (e) => {
          if (date && e.target.validity.badInput) this.#bad.add(key); else this.#bad.delete(key);
          if (e.relatedTarget?.closest?.('.nav')) return;
          if (e.target.value || this.#bad.has(key)) this.#check(key);
        },
      });
      box = h('div', { className: 'item' }, h('label', { for: id, className: 'q' }, label, item.unit && ` (${item.unit})`),
        help, control.target, note, err);
    } else {
      const multi = item.type === 'MULTIPLE_CHOICE';
      const inputs = (item.options || []).map((o) => h('input', {
        type: multi ? 'checkbox' : 'radio', name: key, value: o.value, required: !multi && item.required,
        checked: multi ? value?.includes(o.value) : value === o.value,
        onchange: () => this.#set(key, multi ? inputs.filter((x) => x.checked).map((x) => x.value)
          : inputs.find((x) => x.checked)?.value),
      }));
      control.inputs = inputs;
      // Radios cannot be unchecked, so an optional single choice gets a way back to "no answer".
      control.clear = !multi && !item.required && h('button', {
        type: 'button', className: 'link',
        onclick: () => { inputs.forEach((x) => { x.checked = false; }); this.#set(key, undefined); inputs[0]?.focus(); },
      }, ui.clear);
      control.target = h('fieldset', { 'aria-describedby': describedby }, h('legend', { className: 'q' }, label), help,
        h('div', { className: 'opts' }, (item.options || []).map((o, n) => h('label', { className: 'opt' }, inputs[n], h('span', {}, o.label)))),
        control.clear, note, err);
      box = h('div', { className: 'item' }, control.target);
    }
    box.dataset.field = item.field;
    box.dataset.type = item.type;
    if (entry) box.dataset.entry = String(index);
    control.box = box;
    this.#controls.set(key, control);
    if (item.type === 'GROUP') this.#fillGroup(control);
    return box;
  }

  // A MEDICINE_LIST item: a combobox over the item's search (the WAI-ARIA APG combobox with a listbox
  // popup, manual selection) and the chosen medicines as a list, each with its own Remove button. The last
  // option adds the name as typed, so the list works with the search slow, failing or absent.
  #medicineView(control, { id, label, help, note, err, describedby }) {
    const ui = this.#ui;
    const { item, key } = control;
    const labelId = `${id}-label`;
    const howId = `${id}-how`;
    const combo = { id, results: [], options: [], active: -1, open: false, timer: 0, abort: null, query: '' };
    control.combo = combo;
    combo.status = h('p', { className: 'sr', role: 'status' });
    combo.listbox = h('ul', {
      id: `${id}-list`, role: 'listbox', 'aria-labelledby': labelId, hidden: true,
      // Keeps the focus in the box while an option is clicked.
      onmousedown: (e) => e.preventDefault(),
    });
    control.target = h('input', {
      id, name: key, type: 'text', value: this.#typed.get(key) || '', maxlength: '120', autocomplete: 'off',
      spellcheck: 'false', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false',
      'aria-controls': combo.listbox.id, 'aria-describedby': [howId, describedby].join(' '),
      oninput: (e) => {
        this.#typed.set(key, e.target.value);
        if (this.#errors.has(key)) this.#check(key);
        combo.active = -1;
        this.#search(control);
      },
      onkeydown: (e) => this.#comboKey(control, e),
      onclick: () => { if (!combo.open && control.target.value.trim()) this.#openList(control); },
      onblur: () => this.#closeList(control),
    });
    combo.chosen = h('ul', { className: 'meds', 'aria-label': ui.medList });
    this.#fillMedicines(control);
    return h('div', { className: 'item' },
      h('label', { for: id, id: labelId, className: 'q' }, label), help,
      h('p', { className: 'help', id: howId }, ui.medHow),
      h('div', { className: 'combo' }, control.target, combo.listbox), combo.status, combo.chosen, note, err);
  }

  #fillMedicines(control) {
    const ui = this.#ui;
    const list = this.#value(control.key) || [];
    control.combo.chosen.hidden = !list.length;
    control.combo.chosen.replaceChildren(...list.map((m) => h('li', {},
      h('span', {}, h('span', { className: 'name' }, m.name),
        h('span', { className: 'more-info' }, m.rxcui ? this.#ingredients(m) : ui.medWritten)),
      h('button', { type: 'button', className: 'secondary', onclick: () => this.#removeMedicine(control, m) },
        ui.medRemove, h('span', { className: 'sr' }, ` ${m.name}`)))));
  }

  // A brand's ingredients say what it is; an ingredient's own name is not repeated.
  #ingredients(m) {
    const own = (m.ingredients || []).filter((x) => x.toLowerCase() !== m.name.toLowerCase());
    return own.length ? own.join(', ') : '';
  }

  #say(control, text) {
    const { status } = control.combo;
    status.textContent = '';
    setTimeout(() => { status.textContent = text; }, 50);
  }

  #searchUrl(item, q) {
    if (typeof item.search !== 'string') return null;
    const base = item.search.startsWith('/') ? `${this.#service}${item.search}` : httpUrl(item.search);
    if (!base) return null;
    const url = new URL(base);
    url.searchParams.set('q', q);
    url.searchParams.set('lang', this.#lang);
    return url.href;
  }

  // Typing waits 200 ms before asking, asks from 2 characters on, cancels the question a newer one replaces
  // and remembers every answer; the option to add the name as typed is there from the first character.
  #search(control) {
    const combo = control.combo;
    const q = control.target.value.trim().replace(/\s+/g, ' ');
    clearTimeout(combo.timer);
    if (q !== combo.query) { combo.abort?.abort(); combo.abort = null; }
    combo.query = q;
    const url = q.length >= 2 ? this.#searchUrl(control.item, q) : null;
    if (!url) {
      combo.results = [];
      this.#options(control, false);
      return;
    }
    if (this.#searches.has(url)) {
      combo.results = this.#searches.get(url);
      this.#options(control, true);
      return;
    }
    this.#options(control, false); // the add option follows the text at once; results follow their answer
    combo.timer = setTimeout(async () => {
      const abort = new AbortController();
      combo.abort = abort;
      const slow = setTimeout(() => abort.abort(), 8000);
      let results = null;
      try {
        const res = await fetch(url, { signal: abort.signal, credentials: 'omit', headers: { Accept: 'application/json' } });
        const body = res.ok ? await res.json() : null;
        if (Array.isArray(body?.results)) results = body.results.filter((r) => typeof r?.name === 'string' && r.name).slice(0, 10);
      } catch { /* failed, aborted or too slow: the name can still be added as typed */ }
      clearTimeout(slow);
      if (combo.abort !== abort) return; // a newer question replaced this one
      combo.abort = null;
      if (results) {
        if (this.#searches.size >= 200) this.#searches.delete(this.#searches.keys().next().value);
        this.#searches.set(url, results);
      }
      combo.results = results || [];
      combo.failed = !results;
      this.#options(control, true);
    }, 200);
  }

  #options(control, announce) {
    const ui = this.#ui;
    const combo = control.combo;
    const typed = control.target.value.trim().replace(/\s+/g, ' ');
    const found = typed.length >= 2 ? combo.results : [];
    combo.options = [...found.map((r) => ({ name: r.name, rxcui: /^\d{1,12}$/.test(r.rxcui || '') ? r.rxcui : undefined,
      ingredients: Array.isArray(r.ingredients) ? r.ingredients.map(String) : [], classes: Array.isArray(r.classes) ? r.classes : [] })),
    ...(typed ? [{ name: typed, typed: true }] : [])];
    if (combo.active >= combo.options.length) combo.active = -1;
    combo.listbox.replaceChildren(...combo.options.map((o, n) => h('li', {
      role: 'option', id: `${combo.id}-opt-${n}`, 'aria-selected': 'false', className: o.typed && n > 0 ? 'typed' : null,
      onclick: () => this.#choose(control, o),
    }, o.typed ? ui.medAsWritten(o.name) : [
      h('span', { className: 'name' }, o.name),
      (this.#ingredients(o) || o.classes.length > 0) && h('span', { className: 'more-info' }, this.#ingredients(o),
        o.classes.filter((c) => c?.label).map((c) => [' ', h('span', { className: 'tag' }, String(c.label))])),
    ])));
    if (this.#root.getRootNode().activeElement === control.target && combo.options.length) this.#openList(control);
    else this.#closeList(control);
    this.#mark(control);
    if (announce) this.#say(control, combo.failed ? ui.medOffline : found.length ? ui.medFound(found.length) : ui.medNone);
  }

  #openList(control) {
    const combo = control.combo;
    if (!combo.options.length) return;
    combo.open = true;
    combo.listbox.hidden = false;
    control.target.setAttribute('aria-expanded', 'true');
  }

  #closeList(control) {
    const combo = control.combo;
    combo.open = false;
    combo.active = -1;
    combo.listbox.hidden = true;
    control.target.setAttribute('aria-expanded', 'false');
    this.#mark(control);
  }

  // The active option is the one aria-activedescendant names and the one shown selected.
  #mark(control) {
    const combo = control.combo;
    [...combo.listbox.children].forEach((li, n) => li.setAttribute('aria-selected', String(n === combo.active)));
    const active = combo.listbox.children[combo.active];
    if (active) {
      control.target.setAttribute('aria-activedescendant', active.id);
      active.scrollIntoView({ block: 'nearest' });
    } else {
      control.target.removeAttribute('aria-activedescendant');
    }
  }

  #comboKey(control, e) {
    const combo = control.combo;
    const n = combo.options.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const wasOpen = combo.open;
      this.#openList(control);
      if (!n || (e.altKey && !wasOpen)) return;
      if (e.key === 'ArrowDown') combo.active = combo.active + 1 >= n ? 0 : combo.active + 1;
      else combo.active = combo.active <= 0 ? n - 1 : combo.active - 1;
      this.#mark(control);
    } else if (e.key === 'Enter') {
      // Never sends the step with a name still in the box: Enter chooses, or opens the options to choose from.
      if (combo.open && combo.active >= 0) { e.preventDefault(); this.#choose(control, combo.options[combo.active]); }
      else if (control.target.value.trim()) { e.preventDefault(); this.#openList(control); }
    } else if (e.key === 'Escape') {
      if (combo.open) { e.preventDefault(); this.#closeList(control); }
      else if (control.target.value) {
        e.preventDefault();
        control.target.value = '';
        this.#typed.delete(control.key);
        if (this.#errors.has(control.key)) this.#check(control.key);
        this.#search(control);
      }
    } else if (/^(ArrowLeft|ArrowRight|Home|End)$/.test(e.key) && combo.active >= 0) {
      combo.active = -1; // back to editing the text
      this.#mark(control);
    }
  }

  #choose(control, option) {
    const ui = this.#ui;
    const { item, key } = control;
    const list = this.#value(key) || [];
    const same = list.find((m) => (option.rxcui && m.rxcui === option.rxcui) || m.name.toLowerCase() === option.name.toLowerCase());
    if (!same && item.maxItems && list.length >= item.maxItems) {
      this.#errors.set(key, ui.maxMedicines(item.maxItems));
      this.#closeList(control);
      this.#show(control);
      return;
    }
    control.target.value = '';
    this.#typed.delete(key);
    control.combo.results = [];
    this.#search(control);
    this.#closeList(control);
    if (same) { this.#say(control, ui.medTwice(same.name)); return; }
    const med = { name: option.name.slice(0, 120), rxcui: option.rxcui, ingredients: option.ingredients || [] };
    this.#set(key, [...list, med]);
    this.#fillMedicines(control);
    this.#say(control, ui.medAdded(med.name, list.length + 1));
  }

  #removeMedicine(control, med) {
    const before = this.#value(control.key) || [];
    const at = before.indexOf(med);
    const list = before.filter((m) => m !== med);
    // A check citing this medicine no longer stands as shown; the service says again at the next step.
    for (const [k, n] of [...this.#notes]) if (n.medicines.includes(med.name)) this.#notes.delete(k);
    if (!this.#notes.size && this.#summary?.classList.contains('notice')) this.#summary.replaceChildren();
    this.#set(control.key, list);
    this.#fillMedicines(control);
    // Focus goes to the medicine that took its place, else the one before it, else back to the box.
    const buttons = control.combo.chosen.querySelectorAll('button');
    (buttons[Math.min(at, buttons.length - 1)] || control.target).focus();
    this.#say(control, this.#ui.medRemoved(med.name));
  }

  #fillGroup(control) {
    const { item } = control;
    for (const k of [...this.#controls.keys()]) if (k.startsWith(`${item.field}[]`)) this.#controls.delete(k);
    const entries = this.#answers.get(item.field) || [];
    control.list.replaceChildren(...entries.map((entry, n) => h('fieldset', { className: 'entry' },
      h('legend', { className: 'q' }, this.#ui.entry(n + 1)),
      item.items.map((c) => this.#itemView(c, entry, n)),
      h('button', { type: 'button', className: 'link', onclick: () => this.#removeEntry(item, entry) }, this.#ui.removeEntry(n + 1)))));
  }

  #addEntry(item) {
    const entries = this.#answers.get(item.field) || [];
    const control = this.#controls.get(item.field);
    if (item.maxItems && entries.length >= item.maxItems) {
      this.#errors.set(item.field, this.#ui.maxEntries(item.maxItems));
      this.#show(control);
      return;
    }
    const entry = { id: ++this.#entries, values: new Map() };
    this.#answers.set(item.field, [...entries, entry]);
    this.#fillGroup(control);
    this.#refresh(item.field);
    this.#focus(`${item.items[0].field}@${entry.id}`);
  }

  #removeEntry(item, entry) {
    this.#answers.set(item.field, this.#answers.get(item.field).filter((e) => e !== entry));
    for (const k of [...this.#errors.keys()]) if (k.endsWith(`@${entry.id}`)) this.#errors.delete(k);
    this.#fillGroup(this.#controls.get(item.field));
    this.#refresh(item.field);
    this.#controls.get(item.field).add.focus();
  }

  #check(key) {
    const control = this.#controls.get(key);
    this.#judge(control.item, key);
    this.#show(control);
  }

  #show(control) {
    const msg = this.#errors.get(control.key);
    control.note.textContent = this.#notes.get(control.key)?.message || '';
    control.err.textContent = msg ? `${this.#ui.error} ${msg}` : '';
    if (msg) control.target.setAttribute('aria-invalid', 'true'); else control.target.removeAttribute('aria-invalid');
  }

  // After an answer changed: show or hide the conditional items, move the date limits, re-check what the
  // change can affect (the field itself, fields showing an error, answered dates whose range may have moved).
  #refresh(changed) {
    const shown = this.#shown();
    for (const c of [...this.#controls.values()]) {
      if (c.item.type === 'GROUP' && shown.has(c.key) && !this.#answers.has(c.key)) {
        // A group shown for the first time starts with one entry to fill in.
        this.#answers.set(c.key, [{ id: ++this.#entries, values: new Map() }]);
        this.#fillGroup(c);
      }
    }
    let appeared = 0;
    for (const [key, c] of this.#controls) {
      const [field, entry] = key.split('@');
      const visible = shown.has(entry ? this.#parent.get(field).field : key); // an entry's items go with their group
      if (!entry && c.box.hidden === visible) {
        if (visible && changed) appeared++;
        c.box.hidden = !visible;
      }
      if (!visible) { this.#errors.delete(key); continue; }
      if (c.item.type === 'DATE') {
        const { min, max } = this.#bounds(c.item);
        // Touched only when they move: setting them resets the part of a date the patient is typing.
        for (const [attr, v] of [['min', min], ['max', max]]) {
          if (c.target.getAttribute(attr) === v) continue;
          if (v) c.target.setAttribute(attr, v); else c.target.removeAttribute(attr);
        }
      }
      if (c.clear) c.clear.hidden = empty(this.#value(key));
      if (changed) {
        if (key === changed && /DATE|NUMBER/.test(c.item.type)) {
          if (!this.#problem(c.item, key)) this.#errors.delete(key); // while typing, an error only goes away
        } else if (key === changed || this.#errors.has(key) || (c.item.type === 'DATE' && !empty(this.#value(key)))) {
          this.#judge(c.item, key);
        }
      }
      this.#show(c);
    }
    const steps = this.#steps();
    const i = steps.indexOf(this.#step);
    if (this.#progress) {
      this.#progress.textContent = this.#ui.step(i + 1, steps.length);
      this.#bar.style.width = `${(100 * (i + 1)) / steps.length}%`;
      this.#nextButton.textContent = i === steps.length - 1 ? this.#ui.submit : this.#ui.next;
    }
    // Said, not shown: a sighted patient sees the question appear, and a stale note would linger.
    if (appeared) {
      this.#hint.textContent = '';
      setTimeout(() => { this.#hint.textContent = this.#ui.appeared(appeared); }, 50);
    }
  }

  #focus(key) {
    const c = this.#controls.get(key);
    if (!c) return;
    if (c.item.type === 'GROUP') {
      const child = [...this.#controls.keys()].find((k) => k.startsWith(`${key}[]`) && this.#errors.has(k));
      if (child && !this.#errors.has(key)) this.#focus(child); else c.add.focus();
      return;
    }
    (c.inputs ? c.inputs.find((x) => x.checked) || c.inputs[0] : c.target).focus();
  }

  #go(step, focusKey) {
    this.#step = step;
    this.#announce('');
    this.#hint.textContent = '';
    this.#render();
    if (focusKey) this.#focus(focusKey); else this.#heading.focus();
  }

  #fail(message, extra = []) {
    this.#summary.classList.remove('notice');
    this.#summary.replaceChildren(h('p', {}, message));
    if (extra.length) this.#summary.append(h('ul', {}, extra.map((x) => h('li', {}, x))));
  }

  #forward() {
    if (this.#busy) return;
    const bad = this.#validate(this.#step);
    if (bad.length) {
      this.#refresh(null);
      this.#fail(this.#ui.fix(bad.length));
      this.#focus(bad[0]);
      return;
    }
    const steps = this.#steps();
    const i = steps.indexOf(this.#step);
    const nextStep = i < steps.length - 1 ? steps[i + 1] : null;
    // Answer checks come only from listed medicines, so with some listed the service is asked before the
    // last step is sent too, and after an early result the patient chose to go on from.
    const shown = this.#shown();
    const listed = this.#items.some((it) => it.type === 'MEDICINE_LIST' && shown.has(it.field) && !empty(this.#answers.get(it.field)));
    if (nextStep && !this.#wentOn) this.#early(nextStep, true);
    else if (listed) this.#early(nextStep, false);
    else if (nextStep) this.#go(nextStep);
    else this.#submit();
  }

  // After each step but the last, the service says whether the questions still open can change the outcome
  // (POST /v1/screenings/partial). When they cannot (not eligible, or a deferral with no date such as
  // pregnancy) the form ends with that result; otherwise it goes on, and nothing about the outcome is shown.
  // A call that fails only costs the early end: the last step screens everything anyway.
  // Its answerChecks (a listed medicine that contradicts an answer) are shown at the answers they question
  // the first time they come, and the step waits; Next again keeps the answers, which the service already
  // reads the cautious way. nextStep null: the form is sent after the check.
  async #early(nextStep, mayEnd) {
    const ui = this.#ui;
    this.#busy = true;
    this.#nextButton.setAttribute('aria-disabled', 'true');
    this.#announce(ui.checking);
    let res = null;
    let body = null;
    try {
      res = await fetch(`${this.#service}/v1/screenings/partial?view=patient&lang=${this.#lang}`, {
        method: 'POST', credentials: 'omit', body: JSON.stringify(this.#body()),
        headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' },
      });
      if (/json/.test(res.headers.get('Content-Type') || '')) body = await res.json().catch(() => null);
    } catch {
      res = null;
    } finally {
      this.#busy = false;
      this.#nextButton?.removeAttribute('aria-disabled');
    }
    this.#announce('');
    if (res?.ok && this.#placeChecks(Array.isArray(body?.answerChecks) ? body.answerChecks : [])) return;
    if (mayEnd && res?.ok && body?.final === true && body.decision) {
      const d = body.decision;
      this.#decision = d;
      this.#resume = nextStep;
      this.#phase = 'result';
      this.#render();
      this.#heading.focus();
      this.#emit('screening-complete', { status: d.status, eligibleFrom: d.eligibleFrom ?? null, decisionId: d.decisionId, complete: false });
      return;
    }
    if (res?.status === 400 && Array.isArray(body?.errors)) {
      this.#placeErrors(body);
      this.#emit('screening-error', { status: 400, title: body.title || this.#summary.textContent });
      return;
    }
    if (nextStep) this.#go(nextStep); else this.#submit();
  }

  // Returns true when a check not shown before holds the step: the form then shows it and waits.
  #placeChecks(checks) {
    const shown = this.#shown();
    const placed = [];
    const elsewhere = [];
    this.#notes.clear();
    for (const c of checks) {
      if (!c || typeof c.message !== 'string' || !c.message) continue;
      const medicines = Array.isArray(c.medicines) ? c.medicines.map(String) : [];
      const seen = `${c.field}|${[...medicines].sort().join('|')}`;
      const found = this.#keyFor(String(c.field || ''), shown);
      if (found) this.#notes.set(found[1], { message: c.message, medicines });
      const fresh = !this.#seenChecks.has(seen);
      this.#seenChecks.add(seen);
      if (fresh) (found ? placed : elsewhere).push(found || c.message);
    }
    if (!placed.length && !elsewhere.length) return false;
    const steps = this.#steps();
    const section = (item) => (this.#parent.get(item.field) || item).section;
    placed.sort((a, b) => steps.indexOf(section(a[0])) - steps.indexOf(section(b[0])));
    if (placed.length) this.#go(section(placed[0][0]), placed[0][1]); else this.#render();
    this.#fail(this.#ui.checkAnswers(placed.length || elsewhere.length), elsewhere);
    this.#summary.classList.add('notice');
    if (!placed.length) this.#summary.focus();
    return true;
  }

  // A field the service names (answers.x.y, answers.list[1], answers.group[2].date) -> the control showing it.
  #keyFor(field, shown) {
    const entry = /^(.+)\[(\d+)\]\.([^.[\]]+)$/.exec(field);
    if (entry) {
      const e = this.#answers.get(entry[1])?.[+entry[2]];
      const child = `${entry[1]}[].${entry[3]}`;
      if (e && shown.has(entry[1]) && this.#parent.has(child)) return [this.#parent.get(child), `${child}@${e.id}`];
    }
    const base = field.replace(/\[\d+\].*$/, ''); // answers.medicines[2].name: the list's own control
    const item = this.#items.find((i) => shown.has(i.field) && (i.field === base || i.field.startsWith(`${base}.`)));
    return item ? [item, item.field] : null;
  }

  async #submit() {
    const ui = this.#ui;
    // Earlier steps may have changed meaning since they were left (a new date of birth moves date limits).
    for (const step of this.#steps()) {
      const bad = this.#validate(step);
      if (bad.length) {
        this.#go(step, bad[0]);
        this.#fail(ui.fix(bad.length));
        return;
      }
    }
    this.#busy = true;
    this.#nextButton.setAttribute('aria-disabled', 'true');
    this.#announce(ui.submitting);
    let res;
    let problem = null;
    try {
      res = await fetch(`${this.#service}/v1/screenings?view=patient&lang=${this.#lang}`, {
        method: 'POST', credentials: 'omit', body: JSON.stringify(this.#body()),
        headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' },
      });
      if (res.ok) this.#decision = await res.json();
      else if (/json/.test(res.headers.get('Content-Type') || '')) problem = await res.json().catch(() => null);
    } catch {
      res = null;
    } finally {
      this.#busy = false;
      this.#nextButton?.removeAttribute('aria-disabled');
    }
    this.#announce('');
    if (res?.ok && this.#decision) {
      const d = this.#decision;
      this.#phase = 'result';
      this.#render();
      this.#heading.focus();
      this.#emit('screening-complete', { status: d.status, eligibleFrom: d.eligibleFrom ?? null, decisionId: d.decisionId, complete: true });
      return;
    }
    if (!res) {
      this.#fail(ui.network);
      this.#emit('screening-error', { status: 0, title: ui.network });
      return;
    }
    if (res.status === 400 && Array.isArray(problem?.errors)) {
      this.#placeErrors(problem);
    } else if (res.status === 429) {
      // Retry-After is readable cross-origin only if the service lists it in Access-Control-Expose-Headers;
      // without it the problem's own detail is the best hint.
      const after = res.headers.get('Retry-After');
      const secs = /^\d+$/.test(after || '') ? +after : Math.ceil((Date.parse(after) - Date.now()) / 1000) || 0;
      this.#fail(ui.busy(Math.max(secs, 0)), secs > 0 || !problem?.detail ? [] : [problem.detail]);
    } else {
      this.#fail(ui.failed(res.status), problem?.title ? [problem.title] : []);
    }
    this.#emit('screening-error', { status: res.status, title: problem?.title || this.#summary.textContent });
  }

  #placeErrors(problem) {
    const shown = this.#shown();
    const placed = [];
    const elsewhere = [];
    for (const e of problem.errors) {
      const found = this.#keyFor(String(e.field || ''), shown);
      if (found) { this.#errors.set(found[1], e.message); placed.push(found); } else elsewhere.push(e);
    }
    const steps = this.#steps();
    const section = (item) => (this.#parent.get(item.field) || item).section;
    placed.sort((a, b) => steps.indexOf(section(a[0])) - steps.indexOf(section(b[0])));
    if (placed.length) this.#go(section(placed[0][0]), placed[0][1]); else this.#render();
    this.#fail([problem.title, problem.detail].filter(Boolean).join(' — '),
      elsewhere.map((e) => `${this.#ui.fields[e.field] || this.#items.find((i) => i.field === e.field)?.text || e.field}: ${e.message}`));
    if (!placed.length) this.#summary.focus();
  }

  #resultView() {
    const ui = this.#ui;
    const d = this.#decision;
    const f = (s) => this.#date(s);
    const list = (title, items, render) => (items?.length
      ? [h('h4', {}, title), h('ul', {}, items.map((x) => h('li', { 'data-code': x.code }, render(x))))] : []);
    const instruction = ({ code, startDate: from, endDate: to }) => {
      const text = this.#texts.get(code)?.text || '';
      const when = from && to ? this.#date(from, to) : (from && ui.from(f(from))) || (to && ui.until(f(to)));
      return [when && h('strong', {}, `${when}: `), text];
    };
    // The service's headline and message say the booking date and the reference to quote, once each.
    const booking = d.eligible === true && httpUrl(this.getAttribute('booking-url'));
    const phase = (p) => (d.preparation || []).filter((i) => this.#texts.get(i.code)?.phase === p);
    this.#heading = h('h3', { id: 'headline', tabindex: '-1' }, d.headline);
    return h('section', { className: 'result', 'aria-labelledby': 'headline', 'data-status': d.status },
      this.#heading,
      d.message && h('p', { className: 'message' }, d.message),
      booking && h('p', {}, h('a', { className: 'book', href: booking }, ui.book)),
      // A reason's date is said only when it is not the booking date the headline already gives.
      list(ui.why, d.reasons, (r) => [r.text, r.eligibleFrom && r.eligibleFrom !== d.eligibleFrom && ` (${ui.from(f(r.eligibleFrom))})`,
        r.note && ` ${r.note}`,
        // The medicines of the patient's own list behind this reason, as listed.
        Array.isArray(r.medicines) && r.medicines.length > 0
          && h('span', { className: 'why' }, ui.fromList(new Intl.ListFormat(this.#lang).format(r.medicines.map(String))))]),
      list(ui.toResolve, d.conditionsToResolve, (c) => c),
      list(ui.beforeTitle, phase('BEFORE'), instruction),
      list(ui.dayOf, phase('DAY_OF'), instruction),
      list(ui.afterTitle, d.aftercare, instruction),
      // An alternative deferred by dates is bookable only from its date (ISO dates compare as text).
      list(ui.alternatives, d.alternatives, (a) => [h('strong', {}, a.name),
        a.bookableFrom > d.evaluationDate && ` (${ui.from(f(a.bookableFrom))})`,
        a.why && h('span', { className: 'why' }, a.why),
        a.precautions?.length > 0 && h('ul', { className: 'precautions' }, a.precautions.map((p) => h('li', {}, p)))]),
      h('div', { className: 'nav' }, h('button', { type: 'button', className: 'secondary', onclick: () => this.#restart() }, ui.restart)));
  }

  #goOn() {
    const step = this.#resume;
    this.#resume = null;
    this.#wentOn = true;
    this.#decision = null;
    this.#phase = 'form';
    this.#go(step);
  }

  #restart() {
    this.#resume = null;
    this.#wentOn = false;
    this.#answers.clear();
    this.#errors.clear();
    this.#typed.clear();
    this.#notes.clear();
    this.#seenChecks.clear();
    this.#bad.clear();
    this.#decision = null;
    this.#phase = 'form';
    this.#go(this.#steps()[0]);
  }
}

if (!customElements.get('clinic-screening')) customElements.define('clinic-screening', ClinicScreening);
