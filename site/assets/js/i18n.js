// The site's words for scripts: window.LcmI18n reads the message catalogue that the bake writes to
// /js/messages.<lang>.js (from site/messages/*.json, the same source as the pages), in the page's
// language (<html lang>). Load it after that file and before the scripts that use it (all `defer`).
// The time zones' words ("zone.", "tz.", "tzall.") are in /js/zones.<lang>.js, which only pages with
// a zone list load (before this file): some 400 labels the other pages would carry for nothing.
// A page that only names a zone in a line (My page's calls) loads them when it has one to name
// (withZones), so every page names a zone as the lists do.
'use strict';

(function () {
  var lang = (document.documentElement.lang || 'en').slice(0, 2).toLowerCase() === 'fr' ? 'fr' : 'en';
  var all = window.LcmMessages || {};
  var table = all[lang] || {};
  var fallback = all.en || {};
  var zoneWords = (window.LcmZones || {})[lang] || {};
  var locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  var rules = new Intl.PluralRules(locale);
  var collator = new Intl.Collator(locale);
  var own = function (o, key) { return Object.prototype.hasOwnProperty.call(o, key); };
  var DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

  function fill(text, params) {
    return text.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, function (whole, name) {
      return params && Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole;
    });
  }

  // A missing key shows the key itself: visible in review, never a blank.
  function t(key, params) {
    var text = own(table, key) ? table[key] : own(zoneWords, key) ? zoneWords[key] : fallback[key];
    return text == null ? key : fill(text, params);
  }

  // `key.one` or `key.other`, chosen by the language's plural rule; {count} is filled.
  function plural(key, count, params) {
    var form = rules.select(count) === 'one' ? 'one' : 'other';
    var all = { count: count };
    Object.keys(params || {}).forEach(function (k) { all[k] = params[k]; });
    return t(key + '.' + form, all);
  }

  // One Intl.DateTimeFormat per locale, options and zone, made when first asked: making one costs
  // far more than using it, and pages ask for the same again and again (a date and a zone name per
  // row). One in the reader's own zone is made each time: that zone may change while a page is open.
  var formats = {};
  function formatter(loc, options) {
    if (!options.timeZone) return new Intl.DateTimeFormat(loc, options);
    var key = loc + JSON.stringify(options);
    return formats[key] || (formats[key] = new Intl.DateTimeFormat(loc, options));
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
  // locale puts a comma or a numeric month in). The date is one unit on a line: no-break spaces
  // join its weekday, day, month and year, as the mails' Language.day joins day, month and year.
  function date(value, timeZone) {
    return ordinal(joined(value, timeZone, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }));
  }

  // In full, as the mails write a day (Language.day): "Monday 11 January 2027", "lundi 11 janvier
  // 2027"; for a sentence that names one day, where a list's short form would read as shorthand.
  // Its day, month and year stay one unit, but a line may end after its weekday: the whole run is
  // wider than a form's narrow column or a phone's button, where it would otherwise be broken
  // inside its year ("lundi 7 décembre 202 / 6") or pushed whole onto a line of its own.
  function longDate(value, timeZone) {
    return breakAfterWeekday(ordinal(joined(value, timeZone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })));
  }

  // The same but its year, for a day of the week at hand ("Sunday 13 December", « dimanche 13 décembre »).
  function longDayOfWeek(value, timeZone) {
    return breakAfterWeekday(ordinal(joined(value, timeZone, { weekday: 'long', day: 'numeric', month: 'long' })));
  }

  function breakAfterWeekday(day) {
    return day.replace(/^(\S+)\u00a0/, '$1 ');
  }

  // French writes the first of a month as an ordinal, in plain letters as the mails (Language.day),
  // in the short form as in the long: « mar. 1er déc. 2026 », « lundi 1er mars 2027 ».
  function ordinal(day) {
    return lang === 'fr' ? day.replace(/^(\S+\u00a0)1(?=\u00a0)/, function (all, weekday) { return weekday + '1er'; }) : day;
  }

  // A day and its month only ("23 Nov", "23 nov."): a week's label on a chart, beside its dates.
  function dayMonth(value, timeZone) {
    return joined(value, timeZone, { day: 'numeric', month: 'short' });
  }

  function joined(value, timeZone, fields) {
    var d = toDate(value);
    if (isNaN(d.date.getTime())) return '';
    var options = { timeZone: d.day ? 'UTC' : (timeZone || undefined) };
    Object.keys(fields).forEach(function (k) { options[k] = fields[k]; });
    var parts = formatter(locale, options).formatToParts(d.date).filter(function (p) { return p.type !== 'literal'; });
    // The year's too: on a phone "dim. 24 janv." would otherwise end a line, "2027" start the next.
    var month = fields.month === 'short' ? shortMonth : function (p) { return p.value; };
    return parts.map(function (p, i) { return (i === 0 ? '' : '\u00a0') + month(p); }).join('');
  }

  // British English shortens September alone to four letters ("Sept"), beside "Oct", "Nov": every
  // English month in three, as the site's lists read them one under the other.
  function shortMonth(part) {
    return part.type === 'month' && lang === 'en' ? part.value.slice(0, 3) : part.value;
  }

  // A time of day as the language writes it: "18:30" in English; "18 h 30", "9 h", "9 h 05" in
  // French, with no-break spaces around the "h" so it never wraps (the mails' Language.time).
  // `value` is an instant, shown in `timeZone` (default: the reader's), or a time of day ("18:30",
  // as the API gives a weekly call's), shown as is.
  var CLOCK = /^(\d{1,2}):(\d{2})$/;
  function time(value, timeZone) {
    var clock = CLOCK.exec(String(value));
    var hour, minute;
    if (clock) {
      hour = +clock[1];
      minute = +clock[2];
    } else {
      var d = toDate(value);
      if (isNaN(d.date.getTime())) return '';
      var parts = {};
      formatter('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: timeZone || undefined })
        .formatToParts(d.date).forEach(function (p) { parts[p.type] = p.value; });
      hour = +parts.hour;
      minute = +parts.minute;
    }
    var mm = (minute < 10 ? '0' : '') + minute;
    if (lang === 'fr') return hour + '\u00a0h' + (minute ? '\u00a0' + mm : '');
    return (hour < 10 ? '0' : '') + hour + ':' + mm;
  }

  // A weekday in words ("Thursday", "jeudi"), of a day code ("thu", as the API writes a series'
  // day) or a calendar day ("2026-12-10"): read as is, never through the browser's zone data.
  var CODES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  function weekday(value) {
    var code = CODES.indexOf(String(value));
    var d = code >= 0 ? new Date(Date.UTC(2024, 0, 1 + code)) : toDate(value).date; // 1 Jan 2024: a Monday
    if (isNaN(d.getTime())) return '';
    return formatter(locale, { weekday: 'long', timeZone: 'UTC' }).format(d);
  }

  // A wall-clock time the API worked out in someone's zone ("2026-12-10T19:00", an ISO local
  // date-time): its date and time as they are, whatever zone data the browser has (it may be old,
  // or differ from the server's, which writes the mails and invites). {date, time, day}.
  var LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/;
  function local(value) {
    var m = LOCAL.exec(String(value || ''));
    return m ? { date: date(m[1]), time: time(m[2]), day: weekday(m[1]) } : { date: '', time: '', day: '' };
  }

  // The zone's name in the lists' label ("Brasília Time" in "São Paulo — Brasília Time (UTC−3)";
  // "Coordinated Universal Time" for UTC's own), null where the labels give none: the rule of the
  // mails' ZoneNames, so a page and a mail name a zone alike.
  function listedName(id) {
    var label = own(zoneWords, 'tz.' + id) ? zoneWords['tz.' + id] : own(zoneWords, 'tzall.' + id) ? zoneWords['tzall.' + id] : null;
    var offset = label ? label.lastIndexOf(' (') : -1;
    if (offset < 0) return null;
    var words = label.slice(0, offset);
    var dash = words.indexOf(' \u2014 ');
    if (dash >= 0) return words.slice(dash + 3);
    // UTC's label starts a list item; in a French sentence its name is lower case, as all others are.
    return /\(UTC\)$/.test(label) ? (lang === 'fr' ? words.charAt(0).toLowerCase() + words.slice(1) : words) : null;
  }

  // Loads the zones' words (/js/zones.<lang>.js) once, on a page that did not: resolves when they
  // are there, or when they cannot be (the browser's names then stand in).
  var zonesLoading = null;
  function withZones() {
    if (Object.keys(zoneWords).length) return Promise.resolve();
    if (!zonesLoading) {
      zonesLoading = new Promise(function (done) {
        var script = document.createElement('script');
        script.src = '/js/zones.' + lang + '.js';
        script.onload = script.onerror = function () {
          zoneWords = (window.LcmZones || {})[lang] || {};
          allZones = null;
          done();
        };
        document.head.appendChild(script);
      });
    }
    return zonesLoading;
  }

  // A time zone as its reader says it, never an id such as "Europe/Paris": the name in the lists'
  // label ("Brasília Time", "heure d’Europe centrale") when the page has the zones' words; else the
  // generic name of the browser's CLDR data, a browser without generic names gives the zone's long
  // name, one that knows no zone the id's city in words.
  function zone(id, at) {
    if (!id) return '';
    var listed = listedName(id);
    if (listed) return listed;
    var styles = ['longGeneric', 'long'];
    for (var i = 0; i < styles.length; i++) {
      try {
        var part = formatter(locale, { timeZone: id, timeZoneName: styles[i] })
          .formatToParts(at instanceof Date ? at : new Date())
          .filter(function (p) { return p.type === 'timeZoneName'; })[0];
        // A name that is only a place ("heure : Royaume-Uni") or an offset ("UTC+01:00") reads
        // worse than the next style, or in the end the zone's city.
        var placeOnly = part && /\s:\s|^(GMT|UTC)([+\-\u2212]|$)/.test(part.value);
        if (part && part.value && !placeOnly) return part.value;
      } catch (e) { /* next style, then the city */ }
    }
    return city(id);
  }

  // The city of a zone's id, in words: "Europe/Isle_of_Man" → "Isle of Man".
  function city(id) {
    return String(id).split('/').pop().replace(/_/g, ' ');
  }

  // Minutes east of UTC from an offset's sign, hours and minutes as a regex matched them (0: no match).
  function signedMinutes(m) {
    return m ? (m[1] === '+' ? 1 : -1) * (+m[2] * 60 + +(m[3] || 0)) : 0;
  }

  // A zone's offset at `at` in minutes east of UTC, by the browser's zone data; null when it does
  // not know the zone.
  function offsetMinutes(id, at) {
    try {
      var name = formatter('en-GB', { timeZone: id, timeZoneName: 'longOffset' })
        .formatToParts(at).filter(function (p) { return p.type === 'timeZoneName'; })[0];
      return signedMinutes(/([+\-\u2212])(\d{1,2}):?(\d{2})?/.exec(name ? name.value : ''));
    } catch (e) {
      return null;
    }
  }

  // "UTC+13", "UTC+5:30", "UTC−5".
  function utcOffset(minutes) {
    var abs = Math.abs(minutes);
    return 'UTC' + (minutes < 0 ? '\u2212' : '+') + Math.floor(abs / 60) + (abs % 60 ? ':' + ('0' + abs % 60).slice(-2) : '');
  }

  // How far ahead of its usual offset (the smaller of January's and July's) a zone is today by the
  // browser's data: summer time's hour, else 0.
  function summerMinutes(id) {
    var now = new Date(), year = now.getUTCFullYear();
    var today = offsetMinutes(id, now);
    var january = offsetMinutes(id, new Date(Date.UTC(year, 0, 1)));
    var july = offsetMinutes(id, new Date(Date.UTC(year, 6, 1)));
    return today === null || january === null || july === null ? 0 : today - Math.min(january, july);
  }

  // A zone list's label with the offset in force today: the catalogue bakes each zone's usual
  // offset ("Auckland — … (UTC+12)"), an hour short all summer (UTC+13 in December); the browser
  // says only whether summer time is on today, the catalogue's offset stays the base (a browser's
  // zone data may be older than the server's, as Morocco's rules show). A label without an offset
  // (UTC's own) stays as it is.
  var BAKED_OFFSET = / \(UTC([+\-\u2212])(\d{1,2})(?::(\d{2}))?\)$/;
  function labelToday(label, id) {
    var m = BAKED_OFFSET.exec(label);
    if (!m) return label;
    // Only summer time adds to it: a browser whose zone data puts a zone below its usual offset
    // (this Chromium's Casablanca in December) is not followed.
    var summer = summerMinutes(id);
    if (summer <= 0) return label;
    var usual = signedMinutes(m);
    return label.replace(BAKED_OFFSET, ' (' + utcOffset(usual + summer) + ')');
  }

  // A zone's offset in force today, as the lists write it; null when the browser does not know it.
  function offsetToday(id) {
    var today = offsetMinutes(id, new Date());
    return today === null ? null : utcOffset(today);
  }

  // The browser's own id for a zone (Montreal's is Toronto's), null for a zone it does not know. An
  // id among the browser's canonical ones is its own, so only the few others (the catalogue's
  // "Europe/Kyiv", an old name kept in a profile) cost an Intl.DateTimeFormat: making one per zone
  // of the catalogue was most of the time of a list's first opening.
  var canonicals = null;
  function canonical(id) {
    if (!canonicals) {
      canonicals = {};
      try { Intl.supportedValuesOf('timeZone').forEach(function (z) { canonicals[z] = z; }); } catch (e) { /* each asked alone */ }
    }
    if (!own(canonicals, id)) {
      try { canonicals[id] = new Intl.DateTimeFormat('en', { timeZone: id }).resolvedOptions().timeZone; } catch (e) { canonicals[id] = null; }
    }
    return canonicals[id];
  }

  // The browser's own zone (an IANA id), the first choice of every zone field; '' when it says none.
  function browserZone() {
    try { return Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { return ''; }
  }

  // "Lima — Peru Time (UTC−5)": the catalogue's words for a zone ("tz.<id>" common, "tzall.<id>"
  // any other current one), else (an old name kept in a profile) the city from the id and the
  // browser's name of the zone.
  function zoneLabel(id) {
    var keys = ['tz.' + id, 'tzall.' + id];
    for (var i = 0; i < keys.length; i++) {
      if (own(zoneWords, keys[i])) return labelToday(zoneWords[keys[i]], id);
    }
    return city(id) + ' — ' + zone(id) + ' (' + (offsetToday(id) || 'UTC') + ')';
  }

  // Every current zone of the catalogue ("tzall.<id>", from tzdb's zone.tab: never the old names
  // browsers still list, such as "Asia/Katmandu"), sorted once per page as the language sorts.
  var allZones = null;
  function everyZone() {
    if (!allZones) {
      allZones = Object.keys(zoneWords).filter(function (k) { return k.indexOf('tzall.') === 0; })
        .map(function (k) { var id = k.slice(6); return { id: id, canonical: canonical(id), label: zoneWords[k] }; })
        .filter(function (z) { return z.canonical; })
        .sort(function (a, b) { return collator.compare(a.label, b.label); });
    }
    return allZones;
  }

  // The select's group of every other zone, made when first needed.
  function otherZones(select) {
    var group = select.querySelector('optgroup[data-other-zones]');
    if (!group) {
      group = document.createElement('optgroup');
      group.label = t('zone.all');
      group.setAttribute('data-other-zones', '');
      select.appendChild(group);
    }
    return group;
  }

  // Adds every current zone of the catalogue that the select lacks, in words sorted as the language
  // sorts them (a zone chosen before, already in the group, takes its place among them).
  function fillZones(select) {
    if (select.hasAttribute('data-all-zones')) return;
    select.setAttribute('data-all-zones', '');
    var value = select.value;
    var listed = {};
    Array.prototype.forEach.call(select.options, function (o) { if (o.value) listed[canonical(o.value)] = true; });
    var group = otherZones(select);
    var options = Array.prototype.slice.call(group.children).concat(everyZone()
      .filter(function (z) { return !listed[z.canonical]; })
      .map(function (z) { return new Option(labelToday(z.label, z.id), z.id); }));
    options.sort(function (a, b) { return collator.compare(a.text, b.text); });
    group.replaceChildren.apply(group, options);
    select.value = value;
  }

  // A time zone <select> baked with the common zones (layout.ftl's zoneOptions) gets every other
  // current zone of the catalogue when the reader first focuses or opens it: listing some 400 zones
  // is most of a page's script time at load, for lists most readers never open (the dashboard's
  // call and reminder forms). `chosen` (an IANA id, or an alias of one listed) is selected at once; one the common
  // zones lack brings every zone at once, so it stands in the list's order rather than alone at its end (an old
  // name the catalogue lacks takes its place among them), and the form sends it untouched.
  function zoneChoices(select, chosen) {
    if (!select.hasAttribute('data-zones-on-focus')) {
      select.setAttribute('data-zones-on-focus', '');
      // The baked common zones, with today's offsets.
      Array.prototype.forEach.call(select.options, function (o) { if (o.value) o.text = labelToday(o.text, o.value); });
      byOffsetToday(select);
      var fill = function () {
        select.removeEventListener('focus', fill);
        select.removeEventListener('pointerdown', fill);
        fillZones(select);
      };
      select.addEventListener('focus', fill);
      select.addEventListener('pointerdown', fill);
    }
    if (!chosen) return;
    // The id itself first: Montreal and Toronto are one zone to the browser, not to the person.
    var wanted = canonical(chosen);
    var match = listedAs(select, chosen, wanted);
    if (!match && wanted) {
      fillZones(select);
      match = listedAs(select, chosen, wanted);
      if (!match) {
        var group = otherZones(select);
        match = new Option(zoneLabel(chosen), chosen);
        var next = Array.prototype.filter.call(group.children, function (o) { return collator.compare(o.text, match.text) > 0; })[0];
        group.insertBefore(match, next || null);
      }
    }
    if (match) select.value = match.value;
  }

  // The common zones are baked west to east by their usual offset, then name; summer time may carry
  // one past its neighbours (Chatham's +13:45 beyond Tonga's +13 in December), so they are put in
  // that order again by the offsets now written on them.
  function byOffsetToday(select) {
    var group = select.querySelector('optgroup:not([data-other-zones])');
    if (!group) return;
    var value = select.value;
    var options = Array.prototype.map.call(group.children, function (o) {
      return { o: o, at: signedMinutes(BAKED_OFFSET.exec(o.text)) };
    });
    options.sort(function (a, b) { return a.at - b.at || collator.compare(a.o.text, b.o.text); });
    group.replaceChildren.apply(group, options.map(function (x) { return x.o; }));
    select.value = value;
  }

  // The option of `select` for the zone `chosen` (whose browser id is `wanted`): its own id first.
  function listedAs(select, chosen, wanted) {
    var options = Array.prototype.slice.call(select.options);
    return options.filter(function (o) { return o.value === chosen; })[0]
      || options.filter(function (o) { return o.value && canonical(o.value) === wanted; })[0];
  }

  // A language in the reader's words: the catalogue's ("lang.<code>"), else the browser's name for
  // it (a mentor may speak any: "russe"), never a message key.
  function languageName(code) {
    if (Object.prototype.hasOwnProperty.call(table, 'lang.' + code)) return table['lang.' + code];
    try { return new Intl.DisplayNames([locale], { type: 'language' }).of(code) || code; } catch (e) { return code; }
  }

  // A percentage as each language writes it: "24%" in English, "24 %" in French (with a narrow
  // no-break space), the same as the catalogue's sentences, so figures and sentences agree.
  /**
   * The calendar day (yyyy-MM-dd) it is at {@code date} on the clock of {@code zone}, as the server
   * counts a person's day in their saved zone (an unknown zone counts as UTC, as the server does):
   * never the UTC date, which is already tomorrow (or still yesterday) for half the world.
   */
  function dayIn(date, zone) {
    var parts = {};
    var f;
    try {
      f = new Intl.DateTimeFormat('en-GB', { timeZone: zone || 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch (e) {
      f = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' });
    }
    f.formatToParts(date).forEach(function (p) { parts[p.type] = p.value; });
    return parts.year + '-' + parts.month + '-' + parts.day;
  }

  /**
   * Whole days from one calendar day (yyyy-MM-dd) to another, negative when {@code to} comes first:
   * both read as UTC midnights, so no zone's clock change makes a day 23 or 25 hours long.
   */
  function daysBetween(from, to) {
    return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / 864e5);
  }

  /** The calendar day (yyyy-MM-dd) {@code days} after {@code day}, counted on UTC midnights as daysBetween. */
  function plusDays(day, days) {
    return new Date(Date.parse(day + 'T00:00:00Z') + days * 864e5).toISOString().slice(0, 10);
  }

  /**
   * A deadline in words, as a reader on {@code today} counts it (both yyyy-MM-dd): due by the end
   * of {@code dueBy}, today included. The catalogue's {@code key}.yesterday (gone by), .today,
   * .nextWeek (more than a week ahead), else the plural of {@code key} with the days left; the
   * {@code params} name the day. The dashboard's tile and My page's check-in say a due day alike.
   * {left}: the days left, today included.
   */
  function due(key, dueBy, today, params) {
    var left = daysBetween(today, dueBy) + 1;
    var text = left < 1 ? t(key + '.yesterday', params) : left === 1 ? t(key + '.today', params)
      : left > 7 ? t(key + '.nextWeek', params) : plural(key, left, params);
    return { left: left, text: text };
  }

  /** Today (yyyy-MM-dd) for a person whose clock is {@code zone}; the browser's own without one. */
  function today(zone) {
    return dayIn(new Date(), zone || browserZone());
  }

  /**
   * What tells cohort {@code c} apart from the others of {@code cohorts} (the choices offered with
   * it) that share its title and first day, which would otherwise read alike: its language, then
   * its length, each only where one of them differs; where neither does, the facts {@code more(c)}
   * gives (the seats left, for a learner; the seats, then the team, for the staff), in order, each
   * only while some twin still reads alike and it tells one of those apart: twins of different
   * sizes are not also named by their teams. [] for a cohort no other shares its title and first day with.
   */
  function apart(c, cohorts, more) {
    var twins = (cohorts || []).filter(function (o) {
      return o.cohortId !== c.cohortId && o.title === c.title && o.startDate === c.startDate;
    });
    if (!twins.length) return [];
    var words = [];
    if (twins.some(function (o) { return o.language !== c.language; })) words.push(t('lang.in.' + c.language));
    if (twins.some(function (o) { return o.weeks !== c.weeks; })) words.push(plural('weeks', c.weeks));
    var alike = twins.filter(function (o) { return o.language === c.language && o.weeks === c.weeks; });
    if (alike.length && more) {
      more(c).forEach(function (fact, i) {
        var told = alike.filter(function (o) { return more(o)[i] !== fact; });
        if (!told.length || !fact) return;
        words.push(fact);
        alike = alike.filter(function (o) { return told.indexOf(o) < 0; });
      });
    }
    return words;
  }

  function percent(n, digits) {
    var nf = new Intl.NumberFormat(locale, { maximumFractionDigits: digits === undefined ? 0 : digits });
    return nf.format(n) + (lang === 'fr' ? '\u202f%' : '%');
  }

  window.LcmI18n = {
    t: t,
    percent: percent,
    plural: plural,
    date: date,
    longDate: longDate,
    longDayOfWeek: longDayOfWeek,
    apart: apart,
    dayMonth: dayMonth,
    time: time,
    weekday: weekday,
    local: local,
    zone: zone,
    zoneLabel: zoneLabel,
    zoneChoices: zoneChoices,
    withZones: withZones,
    browserZone: browserZone,
    dayIn: dayIn,
    today: today,
    daysBetween: daysBetween,
    plusDays: plusDays,
    due: due,
    languageName: languageName,
    lang: function () { return lang; },
    locale: function () { return locale; }
  };
})();
