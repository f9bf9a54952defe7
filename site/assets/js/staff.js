// What the staff pages share: the signed-in user (LcmAuth when the sign-in script is on the page,
// else the token the local sign-in page keeps in sessionStorage), JSON calls with their token, the
// page's words from the site's message catalogue (/js/messages.<lang>.js, site/messages/staff.json)
// in the reader's language (<html lang>), reasons rendered from their codes, unambiguous dates, a small element builder (text always through
// textContent), field errors next to their inputs, and a file download from a response.
(function () {
  'use strict';
  var STORE = 'lcmhub.staffToken';
  var lang = document.documentElement.lang === 'fr' ? 'fr' : 'en';
  var locale = lang === 'fr' ? 'fr-FR' : 'en-GB';

  /** A JSON value the page carries in a data- attribute of <body> (no inline script under the CSP). */
  function embedded(name) {
    try { return JSON.parse(document.body.getAttribute('data-' + name) || '{}'); } catch (e) { return {}; }
  }
  var catalogue = window.LcmMessages || {};
  var words = catalogue[lang] || {};
  var fallback = catalogue.en || {};
  var pathTitles = embedded('paths');

  /** The stored token; the sign-in script's own session wins once it is on the page. */
  function token() {
    try { return sessionStorage.getItem(STORE); } catch (e) { return null; }
  }

  function freshToken() {
    if (window.LcmAuth && window.LcmAuth.token) { return Promise.resolve(window.LcmAuth.token()); }
    return Promise.resolve(token());
  }

  /** {email, name, groups, sub} of who is signed in (name: null when their sign-in gives none), or null. */
  function user() {
    if (window.LcmAuth && window.LcmAuth.user) { return window.LcmAuth.user(); }
    var c = claims();
    return c ? { email: c.email, name: c.name || null, groups: c['cognito:groups'] || [], sub: c.sub } : null;
  }

  function has(key) {
    return Object.prototype.hasOwnProperty.call(words, key) || Object.prototype.hasOwnProperty.call(fallback, key);
  }

  /** The catalogue's text for key, with {name} placeholders filled. */
  function t(key, params) {
    var text = Object.prototype.hasOwnProperty.call(words, key) ? words[key] : fallback[key];
    if (text === undefined) { return key; }
    return text.replace(/\{(\w+)\}/g, function (m, name) {
      return params && params[name] !== undefined && params[name] !== null ? String(params[name]) : m;
    });
  }

  /** key.one or key.other by the language's plural rule for count ("0" is singular in French). */
  function plural(key, count, params) {
    var form = new Intl.PluralRules(locale).select(count);
    var chosen = has(key + '.' + form) ? key + '.' + form : key + '.other';
    var all = Object.assign({ count: number(count) }, params || {});
    return t(chosen, all);
  }

  function number(n, digits) {
    return Number(n).toLocaleString(locale, { maximumFractionDigits: digits === undefined ? 1 : digits });
  }

  /** A percentage in the page's language ("24%", "24 %"): LcmI18n.percent. */
  function percent(n, digits) {
    return window.LcmI18n.percent(n, digits);
  }

  /**
   * A calendar date ("2027-01-11") as a person reads it, in full: "Monday 11 January 2027", « lundi
   * 11 janvier 2027 », « 1er » for the first (LcmI18n.longDate): a cohort's dates, a guide's update,
   * a list of cohorts to choose from. Only a chart's table of weeks keeps the short form (dashboard.js).
   */
  function date(iso) {
    return iso ? window.LcmI18n.longDate(iso) : '';
  }

  /**
   * An instant as its date and time ("Tuesday 12 January 2027 at 13:00") in {@code zone}, else the
   * reader's: the pages say it in a sentence, where a day is read in full (LcmI18n.longDate).
   */
  function dateTime(iso, zone) {
    return iso ? t('staff.when', { date: window.LcmI18n.longDate(iso, zone), time: window.LcmI18n.time(iso, zone) }) : '';
  }

  /** A wall-clock date-time the API gives ("2026-12-10T19:00", someone's local time) as it is, its day in full: LcmI18n.local. */
  function localDateTime(value) {
    var l = window.LcmI18n.local(value);
    return l.date ? t('staff.when', { date: window.LcmI18n.longDate(String(value).slice(0, 10)), time: l.time }) : '';
  }

  /**
   * The same with its zone named, for a list of times that says no zone around it: "Tuesday 12
   * January 2027 at 13:00 (Central European Time)", in {@code zone}, else the reader's.
   */
  function dateTimeNamed(iso, zone) {
    var named = zone || window.LcmI18n.browserZone();
    return iso && named ? dateTime(iso, zone) + ' (' + window.LcmI18n.zone(named, new Date(iso)) + ')' : dateTime(iso, zone);
  }

  /** The Monday of an ISO week ("2027-W03") as yyyy-MM-dd, so no page shows a week code. */
  function mondayOf(isoWeek) {
    var m = /^(\d{4})-W(\d{2})$/.exec(isoWeek || '');
    if (!m) { return null; }
    var jan4 = new Date(Date.UTC(+m[1], 0, 4));
    var monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5 + (+m[2] - 1) * 7 * 864e5);
    return monday.toISOString().slice(0, 10);
  }

  /** A language in the reader's words (LcmI18n.languageName). */
  function languageName(code) { return window.LcmI18n.languageName(code); }

  function hours(minutes) { return t('staff.hours', { hours: number(minutes / 60) }); }

  function pathTitle(id) { return pathTitles[id] || id; }

  /**
   * A reason's figures as words of this page's language. Languages are joined by "and" where both
   * speak them all ("Both speak French and English"), by "or" where none is spoken ("No mentor
   * speaks French or English").
   */
  function words_(params, code) {
    var out = {};
    Object.keys(params || {}).forEach(function (k) {
      var v = params[k];
      if (k === 'languages') {
        var every = code === 'languages';
        out[k] = (v || []).map(languageName).join(lang === 'fr' ? (every ? ' et ' : ' ou ') : (every ? ' and ' : ' or '));
      }
      else if (k === 'days') { out[k] = (v || []).map(function (d) { return t('staff.day.' + d); }).join(', '); }
      else if (k === 'path') { out[k] = pathTitle(v); }
      else if (k === 'minutes') { out.hours = hours(v); }
      else if (typeof v === 'number') { out[k] = number(v); }
      else { out[k] = v; }
    });
    return out;
  }

  /**
   * A reason {code, params} in this page's language: risk reasons (early warning) and matching
   * reasons, with plural forms where a count decides. A code the catalogue lacks gets a neutral
   * sentence of this language, never the API's default English.
   */
  function reason(r) {
    // Early-warning reasons carry a level; risk.js words them from the risk catalogue.
    if (r.level && window.LcmRisk && window.LcmRisk.reason) { return window.LcmRisk.reason(r); }
    var params = words_(r.params, r.code);
    var raw = r.params || {};
    var families = ['risk.reason.', 'match.'];
    for (var i = 0; i < families.length; i++) {
      var key = families[i] + r.code;
      if (r.code === 'help-waiting' && raw.days === 0 && has(key + '.today')) { return t(key + '.today'); }
      if (has(key + '.other')) {
        var count = raw.count !== undefined ? raw.count : raw.weeks !== undefined ? raw.weeks : raw.days !== undefined ? raw.days : raw.used;
        return plural(key, count === undefined ? 2 : count, params);
      }
      if (has(key)) { return t(key, params); }
    }
    return t('staff.reason.unknown');
  }

  /**
   * A verdict {status, level, reasons} as a card or panel says it: its one word (Assessment.status),
   * and the reasons to list below it. A help request waiting is that word itself: said once, with
   * its day ("asked for help today"), in place of the word, not again as a reason below it.
   */
  function standing(v) {
    var reasons = (v && v.reasons) || [];
    var help = v && v.status === 'help' ? reasons.filter(function (r) { return r.code === 'help-waiting'; })[0] : null;
    return {
      text: help ? reason(help) : v ? t('dash.status.' + (v.status || v.level)) : '',
      reasons: reasons.filter(function (r) { return r !== help; })
    };
  }

  // The navigation offers only the pages the role opens: a mentor does not see the LCM pages, nor an
  // LCM who is no mentor the mentor's page (the page asked for stays, to explain why it refuses).
  function navFor(groups) {
    var lcm = groups.indexOf('lcm') >= 0;
    var mentor = groups.indexOf('mentor') >= 0;
    Array.prototype.forEach.call(document.querySelectorAll('[data-staff-link]'), function (a) {
      var forMentors = a.getAttribute('data-staff-link') === 'mentor';
      if ((forMentors ? !mentor : !lcm) && !a.hasAttribute('aria-current')) { a.parentNode.hidden = true; }
    });
  }

  /**
   * Whether who is signed in holds the role the page is for (<body data-staff-role>); anyone not
   * signed in passes, as the page then asks them to sign in. Signed in without it (a mentor who
   * followed a link to an LCM page, an LCM on the mentor's), the page is replaced by what it is for
   * and a link to their own space, never by "sign in again" nor by forms whose every answer would be a refusal.
   */
  function allowed() {
    var role = document.body.getAttribute('data-staff-role');
    var u = user();
    if (!role || !u || (u.groups || []).indexOf(role) >= 0) { return true; }
    var notice = document.getElementById('staff-wrong-role');
    if (notice) {
      var theirs = false;
      Array.prototype.forEach.call(notice.querySelectorAll('a[data-for-role]'), function (a) {
        a.hidden = (u.groups || []).indexOf(a.getAttribute('data-for-role')) < 0;
        theirs = theirs || !a.hidden;
      });
      document.getElementById('staff-wrong-role-team').hidden = theirs;
      notice.hidden = false;
      document.getElementById('staff-view').hidden = true;
    }
    var needed = document.getElementById('staff-signin-needed');
    if (needed) { needed.hidden = true; }
    return false;
  }

  /**
   * What a refused call says: 401, the sign-in is over (and the page's sign-in notice shows);
   * 403, the account may not do it: the page's role message when the role is missing, else that
   * the account lacks access (an LCM off a cohort's team), never "sign in again".
   */
  function refused(r) {
    if (r.status === 401) {
      var needed = document.getElementById('staff-signin-needed');
      if (needed) { needed.hidden = false; }
      return t('staff.expired');
    }
    return allowed() ? t('staff.forbidden') : '';
  }

  function signOut() {
    if (window.LcmAuth && window.LcmAuth.signOut) { window.LcmAuth.signOut(); return; }
    try { sessionStorage.removeItem(STORE); } catch (e) { /* nothing kept */ }
    location.href = document.body.getAttribute('data-sign-in') || '/staff/sign-in.html';
  }

  /** The header: who is signed in and their role, sign-out; the switch keeps the page's query. */
  function shell() {
    var who = document.getElementById('staff-who');
    if (!who) { return; }
    document.getElementById('staff-user').hidden = false;
    var u = user();
    var signInLink = document.getElementById('staff-sign-in');
    var out = document.getElementById('staff-sign-out');
    // Back on this page (and cohort) once signed in: the whole address, its query encoded in the
    // sign-in page's own (a review link's "?set=…&…" would otherwise lose all but its first part).
    var here = location.pathname + location.search + location.hash;
    var back = (document.body.getAttribute('data-sign-in') || '/en/staff-sign-in.html') + '?return='
      + encodeURIComponent(here).replace(/%2F/g, '/');
    [signInLink, document.getElementById('staff-sign-in-notice')].forEach(function (a) {
      if (!a) { return; }
      a.href = back;
      a.addEventListener('click', function (e) { signInHere(e, a, here); });
    });
    if (u && u.email) {
      // Worded as on the team's index page (auth.js): name, role, and the address shown under the name.
      window.LcmAuth.describe(who, { email: u.email, name: u.name, groups: u.groups || [] });
      signInLink.hidden = true;
      out.hidden = false;
      out.addEventListener('click', signOut);
      navFor(u.groups || []);
    } else {
      var needed = document.getElementById('staff-signin-needed');
      if (needed) { needed.hidden = false; }
    }
    keepQuery(location.search);
  }

  /**
   * Nobody signed in in this tab: "Sign in" goes straight to the sign-in service and comes back to
   * this very address, rather than by the sign-in page's own button. Someone signed in whom the page
   * refused (another role) still goes to the sign-in page, which says who they are; so does anyone
   * when the sign-in service cannot be reached from here.
   */
  function signInHere(e, link, here) {
    if (!window.LcmAuth || !window.LcmAuth.signIn || user() || e.button !== 0 || e.ctrlKey || e.metaKey
        || e.shiftKey || e.altKey) {
      return;
    }
    e.preventDefault();
    link.setAttribute('aria-disabled', 'true');
    window.LcmAuth.signIn(here).then(function (started) {
      if (!started) { location.href = link.href; }
    }, function () { location.href = link.href; });
  }

  /** Links marked data-keep-query (the language switch) carry the page's query. */
  function keepQuery(search) {
    Array.prototype.forEach.call(document.querySelectorAll('[data-keep-query]'), function (a) {
      a.href = a.getAttribute('href').split('?')[0] + search;
    });
  }

  /**
   * A cohort as a list names it: its title and start, as several cohorts may share a title; its
   * start read in full, as a person reads a day (LcmI18n.longDate), in a list as in a sentence.
   * One of {@code cohorts} (the list it is chosen from) with the same title and start also says
   * what tells it apart: its language, its length, its seats, or else its team (LcmI18n.apart).
   */
  function cohortLabel(c, cohorts) {
    // A cohort begun is "under way since" its first day, never "starts" on a day gone by (the reader's today).
    var begun = c.startDate <= window.LcmI18n.today();
    var label = t(begun ? 'staff.cohortLabel.started' : 'staff.cohortLabel', { title: c.title, date: date(c.startDate) });
    return [label].concat(window.LcmI18n.apart(c, cohorts, seatsAndTeam)).join(' · ');
  }

  /**
   * What the staff tell two alike cohorts apart by, in this order: their size, then their team by
   * the names its members know each other by (the API's teamNames, given for twins only), as an LCM
   * recognises a cohort by who runs it with them, never by sign-in ids.
   */
  function seatsAndTeam(c) {
    var names = c.teamNames || [];
    var team = !names.length ? '' : window.Intl && Intl.ListFormat
      ? new Intl.ListFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'long', type: 'conjunction' }).format(names)
      : names.join(', ');
    return [plural('cohorts.seatCount', c.seats), team ? t('staff.cohortTeam', { names: team }) : ''];
  }

  /**
   * How far the week of "checked in this week" is, on the reader's calendar ({@code today}): its
   * {@code dueBy} is the Sunday the API names (the week counted, UTC's), by the end of which each
   * learner checks in on their own clock. A reader ahead of UTC may already be on the Monday after
   * it (their check-ins were due yesterday), one behind it still on the Sunday before (the new
   * week's are due next week): never "due today" for a Sunday gone, nor 8 days left in a week.
   * {open}: whether the week is still running for the reader, so its share is no verdict yet.
   */
  function checkInsDue(dueBy, today) {
    // Its year goes without saying; the line may break after the weekday, as a phone's tile is narrow.
    var due = window.LcmI18n.due('dash.kpi.due', dueBy, today, { date: window.LcmI18n.longDayOfWeek(dueBy) });
    return { text: due.text, open: due.left > 1 };
  }

  /**
   * Fills a page's cohort list with the reader's cohorts and selects the one the address names
   * (?cohort=). One the reader is not on (another team's, or none) is never swapped silently: the
   * answer is then the sentence that says so and names the cohort shown instead; else null.
   * Each choice leads with its title, as the reader knows a cohort; a phone's narrow list may cut
   * it short, so the line below the list ("Showing …", the element with the list's id and
   * "-shown") names the cohort shown in full, title and start, and follows every change.
   */
  function cohortChoice(select, cohorts) {
    cohorts.forEach(function (c) {
      select.appendChild(el('option', { value: c.cohortId }, cohortLabel(c, cohorts)));
    });
    var wanted = new URLSearchParams(location.search).get('cohort');
    var shown = cohorts.filter(function (c) { return c.cohortId === wanted; })[0];
    if (shown) { select.value = wanted; }
    var line = document.getElementById(select.id + '-shown');
    if (line) {
      var say = function () {
        var c = cohorts.filter(function (x) { return x.cohortId === select.value; })[0];
        line.textContent = c ? t('dash.shown', { title: cohortLabel(c, cohorts) }) : '';
        line.hidden = !c;
      };
      say();
      select.addEventListener('change', say);
    }
    return wanted && !shown && cohorts.length
      ? t('dash.notYours') + ' ' + t('dash.shown', { title: cohortLabel(cohorts[0], cohorts) }) : null;
  }

  /** The address (and the language switch) names the cohort shown, so a reload or a link opens it. */
  function cohortInAddress(cohortId) {
    var url = new URL(location.href);
    url.searchParams.set('cohort', cohortId);
    try { window.history.replaceState(null, '', url.pathname + url.search); } catch (e) { /* file URLs */ }
    keepQuery(url.search);
  }

  function claims() {
    var t = token();
    try {
      return t ? JSON.parse(atob(t.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) : null;
    } catch (e) {
      return null;
    }
  }

  /** Resolves to {status, ok, json, response}; a network failure resolves with status 0. */
  function call(method, path, body) {
    return freshToken().then(function (bearer) {
      // The API words data in the page's language (a cohort named after its path: the path's title in it).
      var headers = { Accept: 'application/json', 'Accept-Language': lang, Authorization: 'Bearer ' + bearer };
      if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
      return fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) });
    }).then(function (r) {
        return r.text().then(function (text) {
          var json = null;
          try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
          return { status: r.status, ok: r.ok, json: json };
        });
      }, function () { return { status: 0, ok: false, json: null }; });
  }

  /**
   * A route this hub does not serve yet: a 405 from a handler that lacks the method, or the 404 of
   * the unknown-route catch-all (or API Gateway's own), not a handler's 404 about the data.
   */
  function missing(r) {
    var error = r.json && r.json.error;
    return r.status === 405 || r.status === 501
      || (r.status === 404 && (!error || /^No API route matches/.test(error.message || '')));
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function message(r, fallback) {
    return (r.json && r.json.error && r.json.error.message) || fallback;
  }

  function say(node, text, kind) {
    node.textContent = text;
    node.className = kind === 'error' ? 'staff-status staff-error' : 'staff-status';
    node.hidden = !text;
  }

  function clearErrors(form) {
    Array.prototype.forEach.call(form.querySelectorAll('.field-error'), function (p) { p.remove(); });
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (f) {
      f.removeAttribute('aria-invalid');
      var ids = (f.getAttribute('aria-describedby') || '').split(' ').filter(function (id) { return id && !/-error$/.test(id); });
      if (ids.length) { f.setAttribute('aria-describedby', ids.join(' ')); } else { f.removeAttribute('aria-describedby'); }
    });
  }

  /**
   * Puts each field's message under the input (or group) marked data-field="name"; returns the
   * messages no field took, so the caller can show them in the form's status line.
   */
  function showErrors(form, fields) {
    var left = [];
    var first = null;
    Object.keys(fields || {}).forEach(function (name) {
      var target = form.querySelector('[data-field="' + name + '"]');
      if (!target) { left.push(fields[name]); return; }
      var id = target.id + '-error';
      var p = el('p', { 'class': 'field-error', id: id }, fields[name]);
      (target.closest('.field') || target).appendChild(p);
      var inputs = target.matches('fieldset') ? Array.prototype.slice.call(target.querySelectorAll('input, select')) : [target];
      inputs.forEach(function (i) {
        i.setAttribute('aria-invalid', 'true');
        var ids = (i.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
        ids.push(id);
        i.setAttribute('aria-describedby', ids.join(' '));
      });
      if (!first && inputs[0]) { first = inputs[0]; }
    });
    if (first) { first.focus(); }
    return left;
  }

  /** The file name a response's Content-Disposition gives (RFC 6266: the exact filename* first). */
  function fileName(disposition) {
    var exact = /filename\*=UTF-8''([^;]+)/i.exec(disposition || '');
    if (exact) { try { return decodeURIComponent(exact[1]); } catch (e) { /* the plain name then */ } }
    var plain = /filename="([^"]+)"/i.exec(disposition || '');
    return plain ? plain[1] : '';
  }

  /** Fetches {@code path} with the token and saves the answer as {@code name}, else as the server names it. */
  function download(path, name) {
    return freshToken().then(function (bearer) {
      return fetch(path, { headers: { Authorization: 'Bearer ' + bearer } });
    }).then(function (r) {
      if (!r.ok) { return r.status; }
      return r.blob().then(function (blob) {
        var a = el('a', { href: URL.createObjectURL(blob), download: name || fileName(r.headers.get('Content-Disposition')) });
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
        return 200;
      });
    })['catch'](function () { return 0; }); // no token, no network, or a file that could not be made
  }

  window.LcmStaff = {
    token: token, claims: claims, user: user, allowed: allowed, refused: refused, call: call, missing: missing, el: el, message: message, say: say,
    clearErrors: clearErrors, showErrors: showErrors, download: download,
    lang: lang, t: t, plural: plural, has: has, number: number, percent: percent, date: date, dateTime: dateTime, localDateTime: localDateTime, dateTimeNamed: dateTimeNamed, mondayOf: mondayOf,
    cohortLabel: cohortLabel, cohortChoice: cohortChoice, cohortInAddress: cohortInAddress, checkInsDue: checkInsDue,
    reason: reason, standing: standing, pathTitle: pathTitle, paths: pathTitles, languageName: languageName, hours: hours,
    pages: {
      cohorts: lang === 'fr' ? '/fr/staff/cohortes.html' : '/en/staff/cohorts.html',
      dashboard: lang === 'fr' ? '/fr/staff/tableau-de-bord.html' : '/en/staff/dashboard.html',
      matching: lang === 'fr' ? '/fr/staff/appariement.html' : '/en/staff/matching.html',
      mentor: lang === 'fr' ? '/fr/staff/espace-mentor.html' : '/en/staff/mentor.html'
    }
  };
  // Before the page's own script starts: it finds the page already replaced, and asks allowed() too.
  allowed();
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', shell); } else { shell(); }
}());
