// How a host page reacts to the widget: the events bubble up to the document, so one listener is enough.
// detail carries no answers, only the outcome (status, eligibleFrom, decisionId) or the error (status, title).
// The page's own text follows the language the patient picks in the widget (its lang attribute).
const widget = document.querySelector('clinic-screening');
const status = document.getElementById('host-status');

const TEXT = {
  en: {
    title: 'Microneedling health check – booking widget demo',
    heading: 'Book your microneedling treatment',
    intro: 'Before you book, please answer a few health questions. It takes a few minutes.',
    complete: (result, from, id) => `Host page received screening-complete: ${result}${from ? `, from ${from}` : ''} (decision ${id}).`,
    error: (code, title) => `Host page received screening-error: ${code} ${title}`,
  },
  es: {
    title: 'Control de salud para microagujas – demostración del widget de reservas',
    heading: 'Reserve su tratamiento con microagujas',
    intro: 'Antes de reservar, responda a unas preguntas de salud. Le llevará unos minutos.',
    complete: (result, from, id) => `La página recibió screening-complete: ${result}${from ? `, desde ${from}` : ''} (decisión ${id}).`,
    error: (code, title) => `La página recibió screening-error: ${code} ${title}`,
  },
};
const language = () => (widget.getAttribute('lang') === 'es' ? 'es' : 'en');
let last = null; // the last event, worded again when the language changes

function render() {
  const text = TEXT[language()];
  document.documentElement.lang = language();
  document.title = text.title;
  document.getElementById('demo-heading').textContent = text.heading;
  document.getElementById('demo-intro').textContent = text.intro;
  if (last) status.textContent = last(text);
}

document.addEventListener('screening-complete', (event) => {
  const { status: result, eligibleFrom, decisionId } = event.detail;
  last = (text) => text.complete(result, eligibleFrom, decisionId);
  render();
});

document.addEventListener('screening-error', (event) => {
  const { status: code, title } = event.detail;
  last = (text) => text.error(code, title);
  render();
});

new MutationObserver(render).observe(widget, { attributes: true, attributeFilter: ['lang'] });
render();
