// The cohort export as its reader gets it from the dashboard: the API's CSV keeps its column codes
// and values for scripts (docs/openapi.yaml); this turns it into a file a person opens in a
// spreadsheet, with the header and the values in the page's language (the reasons come worded by
// the API in that language), no id or ISO week, and a byte order mark so accents survive.
'use strict';

(function () {
  var S = window.LcmStaff;

  /** RFC 4180 records: quoted cells may hold commas, quotes (doubled) and line breaks. */
  function parse(text) {
    var rows = [];
    var row = [];
    var cell = '';
    var quoted = false;
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') { quoted = false; } else { cell += c; }
      } else if (c === '"') {
        quoted = true;
      } else if (c === ',') {
        row.push(cell); cell = '';
      } else if (c === '\n' || c === '\r') {
        if (c === '\r' && text[i + 1] === '\n') { i++; }
        row.push(cell); rows.push(row); row = []; cell = '';
      } else {
        cell += c;
      }
    }
    if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
    return rows;
  }

  function quote(value) {
    var v = String(value);
    return /[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
  }

  function share(v) { return v === '' ? '' : String(Math.round(Number(v) * 100)); }

  /**
   * The early warning's column says what the dashboard says (Assessment.status), from the columns
   * the file keeps for scripts: a learner the dashboard lists while active, not silent and not
   * flagged is listed for a help request waiting; other reasons alone stay below the watch level.
   */
  function status(level, cell, listed) {
    if (cell('outcome') !== 'active') { return cell('outcome'); }
    if (cell('silentNow') === 'true') { return 'silent'; }
    if (level !== 'ok') { return level; }
    if (listed.indexOf(cell('learnerId')) >= 0) { return 'help'; }
    return cell('reasons') ? 'signs' : 'ok';
  }

  // The reader's columns, in order: the code the API names it by, and how its values read.
  var COLUMNS = [
    ['name'], ['outcome', function (v) { return S.t('dash.outcome.' + v); }],
    ['risk', function (v, cell, listed) { return S.t('dash.status.' + status(v, cell, listed)); }],
    ['silentNow', function (v) { return S.t(v === 'true' ? 'dash.csvYes' : 'dash.csvNo'); }],
    ['score', share], ['week'], ['progress'], ['pace', share],
    ['lastCheckInWeek', function (v) { return v ? S.mondayOf(v) : ''; }], ['mentor'], ['reasons']
  ];

  /** {@code listed}: the ids of the learners the dashboard lists (its atRisk). */
  function reword(text, listed) {
    var rows = parse(text);
    var at = {};
    (rows.shift() || []).forEach(function (code, i) { at[code] = i; });
    var out = [COLUMNS.map(function (c) { return S.t('dash.csvCol.' + c[0]); })];
    rows.forEach(function (r) {
      out.push(COLUMNS.map(function (c) {
        var cell = function (code) { return r[at[code]] == null ? '' : r[at[code]]; };
        return c[1] ? c[1](cell(c[0]), cell, listed || []) : cell(c[0]);
      }));
    });
    return '\uFEFF' + out.map(function (r) { return r.map(quote).join(','); }).join('\r\n') + '\r\n';
  }

  /** A file name from the cohort's title, without the characters file systems refuse. */
  function fileName(title) {
    return (String(title || '').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim() || 'cohort') + '.csv';
  }

  window.LcmCohortCsv = { reword: reword, fileName: fileName };
}());
