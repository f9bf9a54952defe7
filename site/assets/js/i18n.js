// The site's words for scripts: window.LcmI18n reads the message catalogue that the bake writes to
// /js/messages.<lang>.js (from site/messages/*.json, the same source as the pages), in the page's
// language (<html lang>). Load it after that file and before the scripts that use it (all `defer`).
'use strict';

(function () {
  var lang = (document.documentElement.lang || 'en').slice(0, 2).toLowerCase() === 'fr' ? 'fr' : 'en';
  var all = window.LcmMessages || {};
  var table = all[lang] || {};
  var fallback = all.en || {};
  var locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  var rules = new Intl.PluralRules(locale);
  var DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

  function fill(text, params) {
    return text.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, function (whole, name) {
      return params && Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole;
    });
  }

  // A missing key shows the key itself: visible in review, never a blank.
  function t(key, params) {
    var text = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : fallback[key];
    return text == null ? key : fill(text, params);
  }

  // `key.one` or `key.other`, chosen by the language's plural rule; {count} is filled.
  function plural(key, count, params) {
    var form = rules.select(count) === 'one' ? 'one' : 'other';
    var all = { count: count };
    Object.keys(params || {}).forEach(function (k) { all[k] = params[k]; });
    return t(key + '.' + form, all);
  }

  // "2027-01-11" is a calendar day (shown as is, whatever the reader's zone); anything else is an
  // instant, shown in `timeZone` (default: the reader's).
  function toDate(value) {
    if (value instanceof Date) return { date: value, day: false };
    var m = DAY.exec(String(value));
    if (m) return { date: new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])), day: true };
    return { date: new Date(value), day: false };
  }

  // Unambiguous: "Mon 11 Jan 2027", "lun. 11 janv. 2027" (the parts joined by spaces, so no
  // locale puts a comma or a numeric month in).
  function date(value, timeZone) {
    var d = toDate(value);
    if (isNaN(d.date.getTime())) return '';
    var parts = new Intl.DateTimeFormat(locale, {
      weekday: 'short', day: 'numeric', month: 'short', year: 'numeric',
      timeZone: d.day ? 'UTC' : (timeZone || undefined)
    }).formatToParts(d.date);
    return parts.filter(function (p) { return p.type !== 'literal'; })
      .map(function (p) { return p.value; }).join(' ');
  }

  // "18:00" (24-hour clock in both languages) in `timeZone` (default: the reader's).
  function time(value, timeZone) {
    var d = toDate(value);
    if (isNaN(d.date.getTime())) return '';
    return new Intl.DateTimeFormat(locale, {
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: timeZone || undefined
    }).format(d.date);
  }

  // A time zone as its reader says it: "Central European Time", "heure d’Europe centrale" (the
  // generic name of the browser's CLDR data), never an id such as "Europe/Paris"; a browser without
  // generic names gives the zone's long name, one that knows no zone the id's city in words.
  function zone(id, at) {
    if (!id) return '';
    var styles = ['longGeneric', 'long'];
    for (var i = 0; i < styles.length; i++) {
      try {
        var part = new Intl.DateTimeFormat(locale, { timeZone: id, timeZoneName: styles[i] })
          .formatToParts(at instanceof Date ? at : new Date())
          .filter(function (p) { return p.type === 'timeZoneName'; })[0];
        if (part && part.value) return part.value;
      } catch (e) { /* next style, then the city */ }
    }
    return String(id).split('/').pop().replace(/_/g, ' ');
  }

  // A percentage as each language writes it: "24%" in English, "24 %" in French (with a narrow
  // no-break space), the same as the catalogue's sentences, so figures and sentences agree.
  function percent(n, digits) {
    var nf = new Intl.NumberFormat(locale, { maximumFractionDigits: digits === undefined ? 0 : digits });
    return nf.format(n) + (lang === 'fr' ? '\u202f%' : '%');
  }

  window.LcmI18n = {
    t: t,
    percent: percent,
    plural: plural,
    date: date,
    time: time,
    zone: zone,
    lang: function () { return lang; },
    locale: function () { return locale; }
  };
})();
