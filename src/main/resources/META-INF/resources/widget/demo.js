// How a host page reacts to the widget: the events bubble up to the document, so one listener is enough.
// detail carries no answers, only the outcome (status, eligibleFrom, decisionId) or the error (status, title).
const status = document.getElementById('host-status');

document.addEventListener('screening-complete', (event) => {
  const { status: result, eligibleFrom, decisionId } = event.detail;
  status.textContent = `Host page received screening-complete: ${result}`
    + `${eligibleFrom ? `, from ${eligibleFrom}` : ''} (decision ${decisionId}).`;
});

document.addEventListener('screening-error', (event) => {
  status.textContent = `Host page received screening-error: ${event.detail.status} ${event.detail.title}`;
});
