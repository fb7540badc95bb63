// The one bridge between Blazor and plotly.js (window.Plotly, loaded from /lib/plotly/plotly.min.js).
// Each chart element gets init once, update on new data, and dispose when the component goes away.

const charts = new WeakMap();

// Plotly's geo charts fetch their outlines from here: copies shipped under wwwroot, never the internet.
const baseConfig = {
  topojsonURL: 'lib/topojson/',
  responsive: true,
  displaylogo: false,
  modeBarButtonsToRemove: ['sendDataToCloud', 'lasso2d', 'select2d'],
};

function parse(json) {
  const figure = JSON.parse(json);
  return { data: figure.data, layout: figure.layout, config: { ...baseConfig, ...(figure.config || {}) } };
}

export async function init(element, json, dotnet) {
  const { data, layout, config } = parse(json);
  await Plotly.newPlot(element, data, layout, config);
  const onClick = (event) => {
    const point = event && event.points && event.points[0];
    if (!point) return;
    const custom = point.customdata === undefined || point.customdata === null ? null : String(point.customdata);
    dotnet.invokeMethodAsync('OnPointClick', point.curveNumber, point.pointIndex ?? point.pointNumber ?? 0, custom);
  };
  element.on('plotly_click', onClick);
  // Dragging a box across a date axis selects a span: reported as the x range of the selection.
  element.on('plotly_selected', (event) => {
    const range = event && event.range && event.range.x;
    if (range && range.length === 2) dotnet.invokeMethodAsync('OnRangeSelected', String(range[0]), String(range[1]));
  });
  const observer = new ResizeObserver(() => Plotly.Plots.resize(element));
  observer.observe(element);
  charts.set(element, { observer });
}

export async function update(element, json) {
  const { data, layout, config } = parse(json);
  await Plotly.react(element, data, layout, config);
}

// Exports: a copy of the figure is drawn off screen at presentation size, with the title, units, active filter and
// source line written inside it, and the page's Noto Sans Arabic embedded in the file; the chart on screen is untouched.
// `info` is { title, units, filter, source, rtl }; without it the chart is downloaded as plotly draws it.
export async function exportImage(element, format, width, height, scale, filename, info) {
  if (!info) {
    await Plotly.downloadImage(element, { format, width, height, scale, filename });
    return;
  }
  const svg = await captionedSvg(element, info, width, height);
  if (format === 'svg') {
    download(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), filename + '.svg');
  } else {
    download(await rasterise(svg, width, height, scale), filename + '.png');
  }
}

const exportFont = "'Noto Sans Arabic', 'Segoe UI', Roboto, Arial, sans-serif";
const fontFolder = 'lib/fonts/noto-sans-arabic/';
let fontFaces;

// Article text and filter values are untrusted: plotly reads tags in text, so they are written as entities.
function escapeText(text) {
  return String(text ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// SVG text has no paragraph direction of its own: an Arabic line is embedded right to left so that its Latin
// names and numbers fall in reading order.
function directed(text, rtl) {
  return rtl ? '\u202B' + text + '\u202C' : text;
}

async function captionedSvg(element, info, width, height) {
  const data = JSON.parse(JSON.stringify(element.data || []));
  const layout = JSON.parse(JSON.stringify(element.layout || {}));
  const geo = data.some((trace) => String(trace.type || '').endsWith('geo'));
  for (const trace of data) {
    if (trace.textfont) trace.textfont = { ...trace.textfont, size: Math.round((trace.textfont.size || 12) * 1.6) };
  }
  Object.assign(layout, {
    width,
    height,
    autosize: false,
    title: { text: '' },
    font: { ...(layout.font || {}), family: exportFont, size: 20 },
    margin: geo ? { l: 40, r: 40, t: 190, b: 110, pad: 0 } : { l: 110, r: 70, t: 190, b: 120, pad: 4 },
    paper_bgcolor: '#ffffff',
  });
  if (layout.legend) layout.legend = { ...layout.legend, font: { size: 18 } };

  // Drawn off screen at the export size; the caption lines go in the margins plotly settled on, not on the plot.
  const host = document.createElement('div');
  host.className = 'plotly-export-host';
  host.dir = 'ltr';
  host.style.cssText = `position: fixed; top: 0; left: ${-3 * width}px; width: ${width}px; height: ${height}px;`;
  document.body.appendChild(host);
  try {
    // _exportedPlot is plotly's own flag for toImage: clip paths then refer to #ids inside the file, not to this page.
    await Plotly.newPlot(host, data, layout, { ...baseConfig, responsive: false, staticPlot: true, _exportedPlot: true });
    const size = host._fullLayout._size;
    const x = info.rtl ? width - 48 : 48;
    const line = (text, top, fontSize, color, anchor) => ({
      text: directed(text, info.rtl),
      xref: 'paper',
      yref: 'paper',
      x: (x - size.l) / size.w,
      y: 1 - (top - size.t) / size.h,
      xanchor: info.rtl ? 'right' : 'left',
      yanchor: anchor,
      align: info.rtl ? 'right' : 'left',
      showarrow: false,
      font: { family: exportFont, size: fontSize, color },
    });
    const captions = [
      line('<b>' + escapeText(info.title) + '</b>', 30, 36, '#1f1f1f', 'top'),
      line(escapeText(info.units), 88, 20, '#545454', 'top'),
      line(escapeText(info.filter), 120, 20, '#1f1f1f', 'top'),
      line(escapeText(info.source), height - 22, 17, '#545454', 'bottom'),
    ];
    await Plotly.relayout(host, { annotations: [...(layout.annotations || []), ...captions] });
    // Serialised from this left-to-right host itself (Plotly.toImage would redraw a clone under <body>, which in Arabic
    // is right-to-left and shifts every label).
    return await withFonts(Plotly.Snapshot.toSVG(host, 'svg', 1));
  } finally {
    Plotly.purge(host);
    host.remove();
  }
}

// The SVG carries its own copy of Noto Sans Arabic (Arabic and Latin faces), so Arabic renders the same in the PNG
// (an SVG drawn as an image cannot use the page's fonts) and in the file opened anywhere else.
async function withFonts(svg) {
  fontFaces ??= loadFontFaces().catch(() => '');
  const css = await fontFaces;
  if (!css) return svg;
  const at = svg.indexOf('>', svg.indexOf('<svg')) + 1;
  return svg.slice(0, at) + '<style><![CDATA[' + css + ']]></style>' + svg.slice(at);
}

async function loadFontFaces() {
  const sheets = await Promise.all(['400.css', '700.css'].map((file) => fetch(fontFolder + file).then((r) => (r.ok ? r.text() : ''))));
  const faces = sheets.join('\n').match(/@font-face\s*{[^}]*}/g) || [];
  const inlined = await Promise.all(faces.map(async (face) => {
    const file = /url\(\.\/files\/([^)]+-(?:arabic|latin)-\d{3}-normal\.woff2)\)/.exec(face);
    if (!file) return '';
    const response = await fetch(fontFolder + 'files/' + file[1]);
    if (!response.ok) return '';
    const url = await dataUrl(new Blob([await response.arrayBuffer()], { type: 'font/woff2' }));
    return face.replace(/src:[^;]*;/, `src: url(${url}) format('woff2');`);
  }));
  return inlined.join('\n');
}

function dataUrl(blob) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

// The SVG drawn on a canvas `scale` times its size: 1600x900 at scale 2 gives a 3200x1800 PNG.
function rasterise(svg, width, height, scale) {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = async () => {
      try {
        await image.decode();
      } catch {
        // decode() is a hint; the image already loaded.
      }
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png');
    };
    image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
    image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
  });
}

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}

export function dispose(element) {
  const chart = charts.get(element);
  if (chart) {
    chart.observer.disconnect();
    charts.delete(element);
  }
  if (element.removeAllListeners) {
    element.removeAllListeners('plotly_click');
    element.removeAllListeners('plotly_selected');
  }
  Plotly.purge(element);
}
