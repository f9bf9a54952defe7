// The early warning in the reader's words: a verdict's reasons come from the API as codes with
// params (see docs/early-warning.md); this turns them into sentences from the catalogue
// (site/messages/risk.json) through LcmI18n, numbers in the page's language. Without the
// catalogue it falls back to the API's default sentence (`text`).
'use strict';

(function () {
  // Codes whose sentence depends on a count, and the param that is that count.
  var COUNTED = { 'missed-check-ins': 'weeks', 'skipped-weeks': 'count', 'help-waiting': 'days',
    'missed-one-to-ones': 'count', 'behind-plan': 'gap', 'pace-slowing': 'recent' };

  function i18n() { return window.LcmI18n; }

  function has(key) {
    var I = i18n();
    return I && I.t(key) !== key;
  }

  function formatted(params) {
    var out = {};
    var nf = new Intl.NumberFormat(i18n().locale(), { maximumFractionDigits: 1 });
    Object.keys(params || {}).forEach(function (k) {
      out[k] = typeof params[k] === 'number' ? nf.format(params[k]) : params[k];
    });
    return out;
  }

  function reason(r) {
    var I = i18n();
    var key = 'risk.reason.' + r.code;
    if (!I || !r.params) return r.text;
    var counted = COUNTED[r.code];
    if (counted) {
      var n = r.params[counted];
      if (r.code === 'help-waiting' && n === 0) return has(key + '.today') ? I.t(key + '.today') : r.text;
      return has(key + '.other') ? I.plural(key, n, formatted(r.params)) : r.text;
    }
    return has(key) ? I.t(key, formatted(r.params)) : r.text;
  }

  function level(code) {
    var key = 'risk.level.' + code;
    return has(key) ? i18n().t(key) : code;
  }

  function silentNow() {
    return has('risk.silentNow') ? i18n().t('risk.silentNow') : null;
  }

  window.LcmRisk = { reason: reason, level: level, silentNow: silentNow };
})();
