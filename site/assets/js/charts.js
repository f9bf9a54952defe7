// Small charts for the LCM dashboard, drawn as inline SVG with no library and no external service.
// Each chart is an <svg role="img"> with a <title> and <desc> (the summary in words), followed by
// the same figures as a table, for screen readers and for anyone who prefers numbers.
// Colours come from hub.css classes (no inline style: the CSP forbids it).
(function () {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';
  var W = 360;
  var count = 0;

  function el(name, attrs, text) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function html(name, text, attrs) {
    var node = document.createElement(name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  /**
   * The chart's width in units: one unit is one pixel of the figure as it is now (240 at least), so
   * the labels keep their size on a phone instead of shrinking with a chart drawn wider and scaled
   * down (12px labels of a 360-unit chart come out at about 8px at 375px). A figure not shown yet
   * (no width) gets 360 units until it is shown, when it is drawn again (see watched).
   */
  function widthOf(figure) {
    var inner = contentWidth(figure);
    return inner > 0 ? Math.max(Math.floor(inner), 240) : W;
  }

  function contentWidth(figure) {
    var style = window.getComputedStyle(figure);
    return figure.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  }

  /** An empty <svg> of height h in the figure (replacing an earlier chart), with its title and desc. */
  function frame(figure, h, spec) {
    Array.prototype.slice.call(figure.querySelectorAll('svg, .chart-data, .chart-empty, .chart-note')).forEach(function (n) {
      n.remove();
    });
    count += 1;
    var id = 'chart-' + count;
    var svg = el('svg', { viewBox: '0 0 ' + widthOf(figure) + ' ' + h, role: 'img', 'aria-labelledby': id + '-t ' + id + '-d',
      class: 'chart-svg', focusable: 'false' });
    svg.appendChild(el('title', { id: id + '-t' }, spec.title));
    svg.appendChild(el('desc', { id: id + '-d' }, spec.desc));
    figure.appendChild(svg);
    return svg;
  }

  /**
   * The figures as a table, folded under a summary line. A chart given no rows has none: its page
   * shows the figures in a table of its own right after the chart (the same figures once, not twice).
   * The table sits in the design system's table box and reflows there: on a phone its columns
   * ("Expected") would otherwise widen the whole page.
   */
  function table(figure, spec) {
    if (!spec.rows) { return; }
    var details = html('details', undefined, { class: 'chart-data' });
    details.appendChild(html('summary', spec.tableLabel));
    var t = html('table', undefined, { class: 'table-reflow' });
    var head = html('tr');
    spec.columns.forEach(function (c) { head.appendChild(html('th', c, { scope: 'col' })); });
    t.appendChild(html('thead')).appendChild(head);
    var body = t.appendChild(html('tbody'));
    spec.rows.forEach(function (row) {
      var tr = html('tr');
      row.forEach(function (cell, i) {
        tr.appendChild(html(i === 0 ? 'th' : 'td', cell, i === 0 ? { scope: 'row' } : { 'data-label': spec.columns[i] }));
      });
      body.appendChild(tr);
    });
    var box = html('div', undefined, { class: 'table-box', tabindex: '0', role: 'region', 'aria-label': spec.tableLabel });
    box.appendChild(t);
    details.appendChild(box);
    figure.appendChild(details);
  }

  function empty(figure, spec) {
    frame(figure, 40, spec).appendChild(el('text', { x: 0, y: 24, class: 'chart-text' }, spec.empty));
  }

  /**
   * Horizontal bars, one per category: spec.labels, spec.values (counts), spec.kinds (a class suffix
   * per bar, e.g. "risk"), spec.format(value) for the number written after each bar.
   */
  function bars(figure, spec) {
    var row = 30;
    var right = 44;
    var h = spec.labels.length * row + 8;
    var svg = frame(figure, h, spec);
    var max = Math.max.apply(null, spec.values.concat([1]));
    // The names first, to give them the room the widest takes once drawn (140 units when the figure
    // is not shown and nothing can be measured), and the bars what is left.
    var names = spec.labels.map(function (label, i) {
      return svg.appendChild(el('text', { y: 22 + i * row, class: 'chart-text', 'text-anchor': 'end' }, label));
    });
    var widest = names.reduce(function (m, t) { return Math.max(m, t.getComputedTextLength()); }, 0);
    var room = svg.viewBox.baseVal.width - right;
    var left = Math.min(widest > 0 ? Math.ceil(widest) + 10 : 140, room - 60);
    names.forEach(function (t) { t.setAttribute('x', left - 8); });
    spec.values.forEach(function (value, i) {
      var y = 4 + i * row;
      var width = (room - left) * value / max;
      svg.appendChild(el('rect', { x: left, y: y + 4, width: Math.max(width, 1), height: row - 10, rx: 3,
        class: 'chart-bar chart-bar--' + (spec.kinds ? spec.kinds[i] : 'plain') }));
      svg.appendChild(el('text', { x: left + width + 6, y: y + 18, class: 'chart-text' }, spec.format(value)));
    });
    table(figure, spec);
  }

  /** Axes shared by the weekly charts: the plot box, gridlines at spec.ticks, week labels below. */
  function weekly(svg, spec, h, scale) {
    var box = { left: 48, right: svg.viewBox.baseVal.width - 6, top: 10, bottom: h - 26 };
    spec.ticks.forEach(function (t) {
      var y = scale(t, box);
      svg.appendChild(el('line', { x1: box.left, x2: box.right, y1: y, y2: y, class: 'chart-grid' }));
      svg.appendChild(el('text', { x: box.left - 6, y: y + 4, class: 'chart-text chart-small', 'text-anchor': 'end' },
        spec.tickLabel(t)));
    });
    var step = (box.right - box.left) / Math.max(spec.labels.length, 1);
    // Labels are dates ("12 Oct"), wider than a week's column: keep one every few columns so that,
    // with a gap, no two run into each other. Their widths are measured once drawn; about 6.5 units
    // a character at 12px when the figure is not shown and nothing can be measured.
    var texts = spec.labels.map(function (label, i) {
      return svg.appendChild(el('text', { x: box.left + step * (i + 0.5), y: h - 8, class: 'chart-text chart-small',
        'text-anchor': 'middle' }, label));
    });
    var widest = texts.reduce(function (m, t) {
      return Math.max(m, t.getComputedTextLength() || t.textContent.length * 6.5);
    }, 0) + 10;
    var every = Math.max(Math.ceil(spec.labels.length / 10), Math.ceil(widest / step));
    texts.forEach(function (t, i) { if (i % every !== 0) { t.remove(); } });
    return { box: box, step: step };
  }

  function linear(min, max) {
    return function (v, box) { return box.bottom - (box.bottom - box.top) * (v - min) / (max - min); };
  }

  /**
   * Columns per week; a null value (nobody expected) leaves the week empty. spec.kinds (optional):
   * a class suffix per column ("open": a week still under way, drawn dashed and lighter), said in
   * spec.note, a line under the chart.
   */
  function columns(figure, spec) {
    if (!spec.labels.length) { empty(figure, spec); return; }
    var h = 190;
    var svg = frame(figure, h, spec);
    var y = linear(spec.min, spec.max);
    var axes = weekly(svg, spec, h, y);
    spec.values.forEach(function (v, i) {
      if (v === null || v === undefined) { return; }
      var top = y(v, axes.box);
      svg.appendChild(el('rect', { x: axes.box.left + axes.step * i + axes.step * 0.15, y: top,
        width: axes.step * 0.7, height: Math.max(axes.box.bottom - top, 1),
        class: 'chart-bar chart-bar--' + (spec.kinds ? spec.kinds[i] : 'plain') }));
    });
    if (spec.note) { figure.appendChild(html('p', spec.note, { class: 'chart-note' })); }
    table(figure, spec);
  }

  /**
   * A line through the weekly values, broken where a week has none, with a dot on each value;
   * spec.plan (optional, one value per week) is drawn dashed beneath.
   */
  function line(figure, spec) {
    if (!spec.labels.length) { empty(figure, spec); return; }
    var h = 190;
    var svg = frame(figure, h, spec);
    var y = linear(spec.min, spec.max);
    var axes = weekly(svg, spec, h, y);
    if (spec.plan) {
      // A reference line under the values (e.g. the pace the plan expects), drawn dashed.
      svg.appendChild(el('polyline', { class: 'chart-plan', points: spec.plan.map(function (v, i) {
        return (axes.box.left + axes.step * (i + 0.5)).toFixed(1) + ',' + y(v, axes.box).toFixed(1);
      }).join(' ') }));
    }
    var points = [];
    function flush() {
      if (points.length > 1) { svg.appendChild(el('polyline', { points: points.join(' '), class: 'chart-line' })); }
      points = [];
    }
    spec.values.forEach(function (v, i) {
      if (v === null || v === undefined) { flush(); return; }
      var cx = axes.box.left + axes.step * (i + 0.5);
      var cy = y(v, axes.box);
      points.push(cx.toFixed(1) + ',' + cy.toFixed(1));
    });
    flush();
    spec.values.forEach(function (v, i) {
      if (v === null || v === undefined) { return; }
      svg.appendChild(el('circle', { cx: axes.box.left + axes.step * (i + 0.5), cy: y(v, axes.box), r: 3.5,
        class: 'chart-dot' }));
    });
    table(figure, spec);
  }

  // Each chart drawn, by its figure, with what drew it: drawn again when the figure's width changes
  // (a phone turned, a window resized, a page or panel shown after its charts were drawn).
  var drawn = new WeakMap();
  var pending = [];
  var observer = window.ResizeObserver ? new ResizeObserver(function (entries) {
    // In the next frame, not in this callback: drawing changes the figure's height, which the
    // observer would otherwise have to report again within the same frame.
    if (!pending.length) { window.requestAnimationFrame(redraw); }
    entries.forEach(function (e) { if (pending.indexOf(e.target) < 0) { pending.push(e.target); } });
  }) : null;

  function redraw() {
    var figures = pending;
    pending = [];
    figures.forEach(function (figure) {
      var chart = drawn.get(figure);
      var now = Math.floor(contentWidth(figure));
      if (chart && now > 0 && now !== chart.width) { draw(figure, chart); }
    });
  }

  /** Draws the chart and notes the width it was drawn for (0 when the figure is not shown). */
  function draw(figure, chart) {
    chart.width = Math.max(Math.floor(contentWidth(figure)), 0);
    chart.draw(figure, chart.spec);
  }

  function watched(drawing) {
    return function (figure, spec) {
      var chart = { draw: drawing, spec: spec };
      draw(figure, chart);
      drawn.set(figure, chart);
      if (observer) { observer.observe(figure); }
    };
  }

  window.LcmCharts = { bars: watched(bars), columns: watched(columns), line: watched(line) };
}());
