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

export async function exportImage(element, format, width, height, scale, filename) {
  await Plotly.downloadImage(element, { format, width, height, scale, filename });
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
