// Presenter mode of the briefing page: the page's sections one per 16:9 screen, full screen through the Fullscreen API
// (when the browser refuses, the fixed layout still fills the window), large type, next and previous from the keyboard
// or the on-screen buttons, Escape leaves. Charts are redrawn at their new size with bigger fonts, and back on leaving.

let state = null;

export async function present(root) {
  if (state || !root) return;
  const sections = Array.from(root.querySelectorAll('.briefing-section'));
  if (sections.length === 0) return;
  state = {
    root,
    sections,
    index: 0,
    rtl: getComputedStyle(root).direction === 'rtl',
    onKey: (event) => onKey(event),
    onClick: (event) => onClick(event),
    onFullscreen: () => {
      if (state && !document.fullscreenElement && state.wasFullscreen) leave();
      if (state && document.fullscreenElement) state.wasFullscreen = true;
    },
  };
  root.classList.add('presenting');
  document.documentElement.classList.add('presenter-open');
  document.addEventListener('keydown', state.onKey, true);
  document.addEventListener('fullscreenchange', state.onFullscreen);
  root.addEventListener('click', state.onClick);
  show(0);
  try {
    if (root.requestFullscreen && !document.fullscreenElement) await root.requestFullscreen({ navigationUI: 'hide' });
  } catch {
    // Full screen refused (no user gesture, or not allowed): presenter mode goes on inside the window.
  }
  await restyleCharts(root, true);
  root.querySelector('.presenter-controls [data-action="next"]')?.focus();
}

export function leave() {
  if (!state) return;
  const { root, sections } = state;
  document.removeEventListener('keydown', state.onKey, true);
  document.removeEventListener('fullscreenchange', state.onFullscreen);
  root.removeEventListener('click', state.onClick);
  state = null;
  for (const section of sections) {
    section.classList.remove('is-current');
    section.removeAttribute('aria-hidden');
  }
  root.classList.remove('presenting');
  document.documentElement.classList.remove('presenter-open');
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  restyleCharts(root, false);
}

export function current() {
  return state ? state.index : -1;
}

function show(index) {
  const { sections, root } = state;
  state.index = Math.max(0, Math.min(sections.length - 1, index));
  sections.forEach((section, i) => {
    section.classList.toggle('is-current', i === state.index);
    section.setAttribute('aria-hidden', i === state.index ? 'false' : 'true');
  });
  const position = root.querySelector('.presenter-position');
  if (position) position.textContent = `${state.index + 1} / ${sections.length}`;
}

function onKey(event) {
  if (!state) return;
  // Arrows follow the reading direction: in Arabic the next section is to the left.
  const forward = state.rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = state.rtl ? 'ArrowRight' : 'ArrowLeft';
  const onButton = event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter');
  if (onButton) return;
  switch (event.key) {
    case 'Escape':
      leave();
      break;
    case forward:
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      show(state.index + 1);
      break;
    case back:
    case 'ArrowUp':
    case 'PageUp':
      show(state.index - 1);
      break;
    case 'Home':
      show(0);
      break;
    case 'End':
      show(state.sections.length - 1);
      break;
    default:
      return;
  }
  event.preventDefault();
  event.stopPropagation();
}

function onClick(event) {
  const button = event.target.closest && event.target.closest('[data-action]');
  if (!button || !state) return;
  const action = button.getAttribute('data-action');
  if (action === 'next') show(state.index + 1);
  else if (action === 'previous') show(state.index - 1);
  else if (action === 'leave') leave();
}

// Large type for a screen across the room; the original sizes come back on leaving.
async function restyleCharts(root, large) {
  if (!window.Plotly) return;
  const charts = Array.from(root.querySelectorAll('.js-plotly-plot'));
  await Promise.all(charts.map(async (chart) => {
    try {
      if (large) {
        chart.__briefingFonts = {
          font: chart.layout?.font?.size ?? 13,
          title: chart.layout?.title?.font?.size ?? 16,
          text: (chart.data || []).map((trace) => trace.textfont?.size ?? null),
        };
        await Plotly.relayout(chart, { 'font.size': 22, 'title.font.size': 30 });
        const text = chart.__briefingFonts.text;
        const traces = text.map((size, i) => (size === null ? -1 : i)).filter((i) => i >= 0);
        if (traces.length > 0) await Plotly.restyle(chart, { 'textfont.size': 20 }, traces);
      } else if (chart.__briefingFonts) {
        const saved = chart.__briefingFonts;
        delete chart.__briefingFonts;
        await Plotly.relayout(chart, { 'font.size': saved.font, 'title.font.size': saved.title });
        const traces = saved.text.map((size, i) => (size === null ? -1 : i)).filter((i) => i >= 0);
        for (const i of traces) await Plotly.restyle(chart, { 'textfont.size': saved.text[i] }, [i]);
      }
      await Plotly.Plots.resize(chart);
    } catch {
      // A chart that is being replaced or disposed is left as it is.
    }
  }));
}
