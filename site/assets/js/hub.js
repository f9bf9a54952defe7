// LCM Hub site script: search, forms sent as JSON with inline errors, open cohorts, error page.
// Loaded with `defer` on every page; no inline script anywhere, so the CSP stays strict.
// Without JavaScript every form still works (the API answers 303 to a thank-you or error page).
'use strict';

(function () {
  var lang = document.documentElement.lang || 'en';

  function qs(sel, root) { return (root || document).querySelector(sel); }
  function qsa(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text != null) e.textContent = text;
    return e;
  }

  // ---- Search (Pagefind: one index per language, picked from <html lang>) -------------------
  function initSearch() {
    var box = qs('[data-search]');
    if (!box) return;
    var input = qs('#search-input', box);
    var out = qs('#search-results', box);
    var pagefind = null;
    var replaced = {};
    var seq = 0;
    box.hidden = false;

    // Pages published since the whole index was built are in a small second index (see
    // pagefind-delta/delta.json); the whole index's results for them are out of date.
    function loadDelta(pf) {
      return fetch('/pagefind-delta/delta.json').then(function (r) { return r.ok ? r.json() : null; })
        .then(function (delta) {
          if (!delta) return pf;
          (delta.pages || []).forEach(function (url) { replaced[url] = true; });
          var lang = document.documentElement.lang;
          if ((delta.languages || []).indexOf(lang) < 0) return pf;
          return Promise.resolve(pf.mergeIndex('/pagefind-delta/', { language: lang })).then(function () { return pf; });
        }).catch(function () { return pf; });
    }

    // A guide's `terms` (the other names of its subject, its front matter's `searchTerms`:
    // « entretien individuel » for a « rendez-vous individuel ») count as much as its title does.
    var RANKING = { metaWeights: { title: 5, terms: 5 } };

    function load() {
      if (!pagefind) {
        pagefind = import('/pagefind/pagefind.js').then(function (pf) {
          return Promise.resolve(pf.options({ excerptLength: 24, ranking: RANKING })).then(function () { return loadDelta(pf); });
        });
      }
      return pagefind;
    }

    function current(d) {
      return (d.meta && d.meta.delta) || !replaced[d.url];
    }

    function words(text) {
      return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter(Boolean);
    }

    // Pagefind answers a word an index lacks with the words that start with the longest prefix of it
    // that the index holds ("la", "cours" for "laborieusement", "courgettes"). Merged, each index does
    // so on its own, so the small index answers junk whenever the word is only in the whole one (and
    // the other way round). A hit is the word itself (or a form of it: "dropouts", "study" for
    // "studies") when it shares all but the last three letters of a term; a result whose every hit
    // is only a prefix is kept only when no result holds the words themselves, as one index answers.
    function common(a, b) {
      var n = 0;
      while (n < a.length && n < b.length && a[n] === b[n]) n++;
      return n;
    }

    function sameWord(word, term) {
      return common(word, term) >= Math.min(term.length, Math.max(4, term.length - 3));
    }

    function prefixOnly(d, terms) {
      var marks = (d.excerpt || '').match(/<mark>[^<]*<\/mark>/g) || [];
      return marks.length > 0 && marks.every(function (m) {
        var hit = words(m.replace(/<\/?mark>/g, ''))[0] || '';
        var same = terms.some(function (t) { return sameWord(hit, t); });
        return !same && terms.some(function (t) { return common(hit, t) > 0; });
      });
    }

    // Pagefind weighs a word by how rare it is in its own index; in the small one, which holds only
    // the pages published since, every word is common, so a guide just published ranked below older
    // pages that merely mention the words. The two indexes' scores cannot be compared, but a title
    // can: pages whose title holds every word searched come first, each group in Pagefind's order.
    function titledFirst(items, terms) {
      function titled(d) {
        // A guide's `terms` stand as its title does (see RANKING).
        var title = words(((d.meta && d.meta.title) || '') + ' ' + ((d.meta && d.meta.terms) || ''));
        return terms.every(function (t) { return title.some(function (w) { return sameWord(w, t); }); });
      }
      return items.filter(titled).concat(items.filter(function (d) { return !titled(d); }));
    }

    // Loads results 8 at a time until 8 current ones holding the words themselves are found (out-of-date
    // ones are skipped): the whole index's prefix answers may rank above a page only the small index
    // holds. At most 48, so a word no page holds costs a few loads.
    function collect(results, from, items, dropped, terms) {
      var exact = items.filter(function (d) { return !prefixOnly(d, terms); }).length;
      if (exact >= 8 || from >= Math.min(results.length, 48)) return Promise.resolve({ items: items, dropped: dropped });
      return Promise.all(results.slice(from, from + 8).map(function (r) { return r.data(); })).then(function (page) {
        page.forEach(function (d) { if (current(d)) items.push(d); else dropped++; });
        return collect(results, from + 8, items, dropped, terms);
      });
    }

    function withoutPrefixHits(got, terms) {
      var exact = got.items.filter(function (d) { return !prefixOnly(d, terms); });
      return exact.length ? { items: exact, dropped: got.dropped + got.items.length - exact.length } : got;
    }

    function excerpt(html) {
      // Pagefind escapes the text and marks hits with <mark>; keep only text and <mark>.
      var doc = new DOMParser().parseFromString('<p>' + html + '</p>', 'text/html');
      var p = el('p', { 'class': 'search-excerpt' });
      doc.body.firstChild.childNodes.forEach(function (n) {
        p.appendChild(n.nodeName === 'MARK' ? el('mark', {}, n.textContent) : document.createTextNode(n.textContent));
      });
      return p;
    }

    function show(term) {
      var mine = ++seq;
      if (!term) { out.replaceChildren(); box.classList.remove('open'); return; }
      load().then(function (pf) { return pf.debouncedSearch(term, {}, 200); }).then(function (search) {
        if (search === null || mine !== seq) return null;
        return collect(search.results, 0, [], 0, words(term)).then(function (got) {
          got = withoutPrefixHits(got, words(term));
          return { total: search.results.length - got.dropped, items: titledFirst(got.items, words(term)).slice(0, 8) };
        });
      }).then(function (res) {
        if (!res || mine !== seq) return;
        var nodes = [];
        if (!res.items.length) {
          nodes.push(el('p', { 'class': 'search-none' }, input.dataset.none));
        } else {
          nodes.push(el('p', { 'class': 'search-count' }, window.LcmI18n.plural('searchCount', res.total)));
          var ul = el('ul', { 'class': 'search-list' });
          res.items.forEach(function (d) {
            var li = el('li');
            li.appendChild(el('a', { href: d.url }, (d.meta && d.meta.title) || d.url));
            li.appendChild(excerpt(d.excerpt || ''));
            ul.appendChild(li);
          });
          nodes.push(ul);
        }
        out.replaceChildren.apply(out, nodes);
        box.classList.add('open');
      }).catch(function () {
        out.replaceChildren(el('p', { 'class': 'search-none' }, input.dataset.none));
      });
    }

    input.addEventListener('input', function () { show(input.value.trim()); });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { input.value = ''; show(''); }
    });
    qs('form', box).addEventListener('submit', function (e) { e.preventDefault(); show(input.value.trim()); });
    document.addEventListener('click', function (e) { if (!box.contains(e.target)) box.classList.remove('open'); });
    var q = new URLSearchParams(location.search).get('q');
    if (q) { input.value = q; show(q); }
  }

  // ---- Forms --------------------------------------------------------------------------------
  var SKIP = { next: true, errorPage: true };

  function formJson(form) {
    var body = {};
    var keyField = form.dataset.keyField;
    qsa('input[name], select[name], textarea[name]', form).forEach(function (f) {
      var name = f.name;
      if (SKIP[name] || name === keyField) return;
      var group = f.closest('[data-json="list"]');
      if (group) {
        body[group.dataset.name] = body[group.dataset.name] || [];
        if (f.checked) body[group.dataset.name].push(f.value);
        return;
      }
      if (f.type === 'checkbox') { body[name] = f.checked; return; }
      if (f.type === 'radio') {
        if (f.checked) body[name] = /^\d+$/.test(f.value) ? Number(f.value) : f.value;
        return;
      }
      var v = f.value.trim();
      if (v === '') return;
      if (f.dataset.json === 'bool') { body[name] = v === 'true'; return; }
      if (f.dataset.json === 'csv') body[name] = v.split(',').map(function (s) { return s.trim(); }).filter(Boolean);
      else if (f.dataset.json === 'int') body[name] = /^-?\d+$/.test(v) ? parseInt(v, 10) : v;
      // A decimal comma ("2,5") is a decimal point; anything else goes as typed, for the API to refuse.
      else if (f.dataset.json === 'decimal') body[name] = /^\d+([.,]\d{1,2})?$/.test(v) ? Number(v.replace(',', '.')) : v;
      else if (f.type === 'number') body[name] = isNaN(Number(v)) ? v : Number(v);
      else body[name] = v;
    });
    var rows = qsa('[data-availability-row]', form);
    if (rows.length) {
      body.availability = rows.map(function (row) {
        return { day: qs('[data-part=day]', row).value, from: qs('[data-part=from]', row).value, to: qs('[data-part=to]', row).value };
      }).filter(function (s) { return s.day && s.from && s.to; });
    }
    return body;
  }

  // The element that carries a field's error: a group's fieldset, or the input itself.
  function fieldTarget(form, name) {
    var group = qs('[data-name="' + name + '"]', form);
    if (group) return group;
    var input = form.elements.namedItem(name);
    if (input && input.length !== undefined && !input.tagName) input = input[0];
    if (!input || input.type === 'hidden') return null;
    return input.type === 'radio' ? input.closest('fieldset') || input : input;
  }

  function clearErrors(form) {
    qsa('.field-error', form).forEach(function (e) { e.remove(); });
    qsa('[aria-invalid]', form).forEach(function (f) {
      f.removeAttribute('aria-invalid');
      var ids = (f.getAttribute('aria-describedby') || '').split(' ').filter(function (id) { return id && !/-error$/.test(id); });
      if (ids.length) f.setAttribute('aria-describedby', ids.join(' ')); else f.removeAttribute('aria-describedby');
    });
    var summary = qs('.form-errors', form);
    summary.hidden = true;
    summary.removeAttribute('role');
    qs('ul', summary).replaceChildren();
  }

  // The reasons whose words name a day, with the error's param that holds it (CheckInService).
  var DATED = { 'not-started': { key: 'err_weekNotStartedOn', param: 'startDate' }, over: { key: 'err_weekOverOn', param: 'endDate' } };

  // `kind` names a field's words for one kind of problem (data-error-<kind>, e.g. a key that is
  // not recognised rather than missing), where the field has them.
  function showErrors(form, fields, fallback, kind, reasons) {
    var summary = qs('.form-errors', form);
    var list = qs('ul', summary);
    var first = null;
    Object.keys(fields || {}).forEach(function (name) {
      var target = fieldTarget(form, name);
      // A field's own words (the catalogue's, as the page says them without a script) in every
      // language, so each problem has one wording; the API's English only where the page has none.
      // A field with no input of its own (a check-in's week) may have its words on the form, and
      // words of their own for the reason the API gives (the error's params: week "not-started").
      var why = reasons && typeof reasons[name] === 'string' && form.getAttribute('data-field-error-' + name + '-' + reasons[name]);
      // A reason that comes with its day (a week refused before the cohort's start, or after its
      // end) is said with that day in full, from the catalogue: the API gives the code and the ISO day.
      var day = why && DATED[reasons[name]];
      if (day && reasons[day.param] && window.LcmI18n) why = i18n(day.key, { date: LcmI18n.longDate(reasons[day.param]) });
      // A field may have words for the API's reason too (a name "too-long", not missing).
      var told = target && reasons && typeof reasons[name] === 'string' && target.getAttribute('data-error-' + reasons[name]);
      var own = target ? told || (kind && target.getAttribute('data-error-' + kind)) || target.dataset.error
        : why || form.getAttribute('data-field-error-' + name);
      var message = own || fields[name];
      if (!target) { list.appendChild(el('li', {}, message)); return; }
      var id = (target.id || name) + '-error';
      var p = el('p', { 'class': 'field-error', id: id }, message);
      var container = target.closest('.field') || target;
      container.appendChild(p);
      var inputs = target.tagName === 'FIELDSET' ? qsa('input', target) : [target];
      inputs.forEach(function (i) {
        i.setAttribute('aria-invalid', 'true');
        var ids = (i.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
        ids.push(id);
        i.setAttribute('aria-describedby', ids.join(' '));
      });
      var li = el('li');
      li.appendChild(el('a', { href: '#' + inputs[0].id }, message));
      list.appendChild(li);
      if (!first) first = inputs[0];
    });
    if (!list.children.length && fallback) list.appendChild(el('li', {}, fallback));
    summary.hidden = false;
    summary.setAttribute('role', 'alert');
    (first || summary).focus();
  }

  // The fields the browser finds wrong by the form's own limits (required, pattern, length, the
  // limits the API holds too), by name, each once. The page checks them before posting, with the
  // words it shows next to each field, as the browser does without this script: an empty form is
  // not sent only to come back refused (and logged in the console). The API still checks the rest.
  // A field's data-max-chars is the API's limit in characters (code points, as Array.from counts
  // them), where its maxlength, in UTF-16 units, has to be looser: over it, the API's reason "too-long".
  function invalidFields(form, reasons) {
    var fields = {};
    qsa('input[name], select[name], textarea[name]', form).forEach(function (f) {
      if (f.disabled || f.type === 'hidden' || f.name in fields) return;
      if (f.dataset.maxChars && Array.from(f.value.trim()).length > Number(f.dataset.maxChars)) {
        fields[f.name] = form.dataset.errorGeneric;
        reasons[f.name] = 'too-long';
      } else if (!f.checkValidity()) fields[f.name] = form.dataset.errorGeneric;
    });
    return fields;
  }

  function submit(form, event) {
    event.preventDefault();
    var button = qs('button[type=submit]', form);
    var success = qs('.form-success', form);
    clearErrors(form);
    success.hidden = true;
    if (form.hasAttribute('data-checks-without-script')) {
      var reasons = {};
      var invalid = invalidFields(form, reasons);
      if (Object.keys(invalid).length) { showErrors(form, invalid, null, null, reasons); return; }
    }
    var body = formJson(form);
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    var keyField = form.dataset.keyField && form.elements.namedItem(form.dataset.keyField);
    var learnerKey = form.hasAttribute('data-learner-form') && window.LcmLearnerKey && LcmLearnerKey.authorization();
    if (keyField && keyField.value.trim()) headers.Authorization = 'Bearer ' + keyField.value.trim();
    else if (learnerKey) headers.Authorization = learnerKey;
    else staffAuth(form, headers);
    var label = button.textContent;
    button.disabled = true;
    button.textContent = form.dataset.sending;
    fetch(form.getAttribute('action'), {
      method: form.dataset.method || 'POST', headers: headers, body: JSON.stringify(body), credentials: 'same-origin'
    }).then(function (res) {
      return res.text().then(function (text) {
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
        return { status: res.status, ok: res.ok, json: json };
      });
    }).then(function (r) {
      if (r.ok) {
        var said = outcome(form, r.json);
        if (said) success.textContent = said;
        // An earlier sign-up: where to get the link again, as the page without a script offers.
        if (r.json && r.json.result === 'already' && success.dataset.linkPage) {
          success.appendChild(document.createTextNode(' '));
          success.appendChild(el('a', { href: success.dataset.linkPage }, i18n('link.heading')));
        }
        if (r.json && r.json.elsewhere && form.classList.contains('signup-form')) seatElsewhere(success, r.json.elsewhere.params || {}, form.dataset.lang);
        success.hidden = false;
        success.focus();
        if (!form.dataset.method) {
          // A fresh form for the next person or the next week; the time zone and cohort stay, consent is asked again.
          qsa('input:not([type=hidden]):not([type=checkbox]):not([type=radio]), textarea', form)
            .forEach(function (f) { if (!f.hasAttribute('data-guess-timezone') && f.name !== form.dataset.keyField) f.value = ''; });
          qsa('input[type=checkbox], input[name=mood]', form).forEach(function (f) { f.checked = false; });
        }
        // The seat just taken (or the waitlist just joined) shows in the cohorts offered.
        if (form.classList.contains('signup-form')) loadCohorts(form);
        form.dispatchEvent(new CustomEvent('lcm:sent', { detail: r.json, bubbles: true }));
        return;
      }
      var error = (r.json && r.json.error) || {};
      if (error.code === 'already_on_path' && form.dataset.linkAgain) { placeOnPath(form, error.params || {}); return; }
      var own = form.getAttribute('data-error-' + r.status);
      if (own) { showErrors(form, {}, own); return; }
      if (r.status === 401 && learnerKey && !(keyField && keyField.value.trim())) {
        showErrors(form, {}, i18n('me.refused'));
        return;
      }
      if (r.status === 401 && form.dataset.keyField) {
        // The learner's key was refused: that is the field to fix, and it was not recognised, not missing.
        var fields = {};
        fields[form.dataset.keyField] = '';
        showErrors(form, fields, null, 'unknown');
        return;
      }
      if (r.status === 401 && form.getAttribute('data-error-401')) { showErrors(form, {}, form.getAttribute('data-error-401')); return; }
      showErrors(form, error.fields || {}, error.fields ? null : (form.dataset.lang === 'en' && error.message) || form.dataset.errorGeneric,
        undefined, error.params);
    }).catch(function () {
      showErrors(form, {}, form.dataset.errorNetwork);
    }).then(function () {
      button.disabled = false;
      button.textContent = label;
    });
  }

  // Left on a waitlist while another cohort of the path has a seat: that cohort, and how to take
  // the seat instead (one place per path: the waitlist is left first, from My page).
  function seatElsewhere(success, c, lang) {
    var p = el('p', { 'class': 'seat-elsewhere' });
    p.textContent = i18n('signup.elsewhere', { title: c.title || '', date: c.startDate ? LcmI18n.longDate(c.startDate) : '',
      seats: LcmI18n.plural('signup.seats', c.seatsLeft || 0) })
      + (c.language && c.language !== lang ? ' ' + i18n('signup.elsewhereTaught.' + c.language) : '') + ' ';
    p.appendChild(el('a', { href: success.dataset.myPage }, i18n('nav.myPage')));
    success.appendChild(p);
  }

  // One place per person per course path: the cohort held, how to change, and the link mailed again.
  // Waiting, with a seat in the cohort asked for that My page offers ("move"): take it there, in one step.
  function placeOnPath(form, params) {
    var words = { title: params.title || '', date: params.startDate ? LcmI18n.longDate(params.startDate) : '',
      wanted: params.wantedTitle || '', wantedDate: params.wantedStartDate ? LcmI18n.longDate(params.wantedStartDate) : '' };
    var key = params.reason === 'move' ? 'move' : params.status === 'waitlisted' ? 'waitlisted' : 'enrolled';
    var taught = key === 'move' && params.wantedLanguage && params.wantedLanguage !== form.dataset.lang
      ? ' ' + i18n('signup.elsewhereTaught.' + params.wantedLanguage) : '';
    showErrors(form, {}, i18n('signup.alreadyOnPath.' + key, words) + taught);
    var line = qs('.form-errors li', form);
    line.appendChild(document.createTextNode(' '));
    line.appendChild(el('a', { href: form.dataset.linkAgain }, i18n('link.heading')));
  }

  function guessTimezone(form) {
    var zone = window.LcmI18n.browserZone();
    qsa('[data-guess-timezone]', form).forEach(function (f) {
      if (f.tagName === 'SELECT') window.LcmI18n.zoneChoices(f, f.value ? null : zone);
      else if (!f.value && (zone.indexOf('/') > 0 || zone === 'UTC')) f.value = zone;
    });
  }

  // A learner form needs no key field when this browser holds the learner's key (learner-key.js
  // owns it); without one, the learner pastes the end of their link.
  function fillKey(form) {
    var box = qs('[data-key-box]', form);
    if (!box || !window.LcmLearnerKey || !LcmLearnerKey.get()) return;
    box.hidden = true;
    qsa('input', box).forEach(function (f) { f.required = false; f.value = ''; });
  }

  function i18n(key, params) {
    return window.LcmI18n ? LcmI18n.t(key, params) : '';
  }

  // What a sign-up did, in words: a seat (and when), a waitlist place, or an earlier sign-up.
  function outcome(form, json) {
    // A learner who asked for help hears that the LCM will write, not only that the check-in is saved.
    if (json && json.checkIn && json.checkIn.needHelp && form.classList.contains('checkin-form')) return i18n('checkin.doneHelp');
    if (!json || !json.result || !form.classList.contains('signup-form') || !window.LcmI18n) return null;
    var c = json.cohort || {};
    // One day named in a sentence: in full, as the mails and My page's sentences write it.
    var params = { title: c.title || '', date: c.startDate ? LcmI18n.longDate(c.startDate) : '', position: json.waitlistPosition };
    // A cohort in another language than the page's (none in its language was open) says so.
    var taught = c.language && c.language !== form.dataset.lang ? ' ' + i18n('signup.taughtIn.' + c.language) : '';
    if (json.result === 'already') return i18n(json.linkMailed ? 'signup.result.already' : 'signup.result.alreadyRecent', params) + taught;
    return i18n('signup.result.' + json.result, params) + taught;
  }

  // The cohorts a learner may join (the API leaves out finished ones and those more than half
  // over, and lists the page's language first): one radio each, saying its language, start,
  // length and seats or waitlist. Drawn again after each sign-up, so the seats left are today's.
  // On any failure the box that says which cohort the API will pick stays.
  function loadCohorts(form) {
    var box = qs('[data-cohorts]', form);
    if (!box || !window.LcmI18n) return;
    fetch(box.dataset.cohorts, { headers: { 'Accept': 'application/json' }, cache: 'no-store' }).then(function (res) {
      return res.ok ? res.json() : null;
    }).then(function (data) {
      var cohorts = (data && data.cohorts) || [];
      if (!cohorts.length) return;
      var before = qs('input[name=cohortId]:checked', box);
      var set = el('fieldset', { 'class': 'field cohort-choices', id: box.id, 'data-error': box.dataset.error,
        'data-cohorts': box.dataset.cohorts });
      set.appendChild(el('legend', {}, i18n('signup.cohortsLegend')));
      var lang = document.documentElement.lang;
      var mine = cohorts.some(function (c) { return c.language === lang; });
      set.appendChild(el('p', { 'class': 'hint' }, i18n(mine ? 'signup.cohortsHint' : 'signup.cohortsHintNone')));
      // The visitor's own today (their browser's clock), not UTC's: a cohort starting tomorrow morning
      // has not started yet for someone whose evening it is.
      var today = LcmI18n.today();
      // Chosen for the learner as the API chooses without one: the first cohort in the page's
      // language (in any, when none is in it) with a seat left, not a full one whose waitlist
      // they might join unawares; after a sign-up, the one chosen before.
      var chosen = cohorts.findIndex(function (c) {
        return before ? c.cohortId === before.value : (c.language === lang || !mine) && c.seatsLeft > 0;
      });
      if (chosen < 0) chosen = 0;
      var facts = function (c) {
        return { language: i18n('lang.in.' + c.language),
          start: i18n(c.startDate > today ? 'signup.startsOn' : 'signup.startedOn', { date: LcmI18n.longDate(c.startDate) }),
          weeks: LcmI18n.plural('weeks', c.weeks),
          seats: c.seatsLeft > 0 ? LcmI18n.plural('signup.seats', c.seatsLeft) : i18n('signup.waitlist') };
      };
      var layout = choiceLayout(cohorts, facts);
      cohorts.forEach(function (c, i) {
        var id = box.id + '-' + i;
        var row = el('div', { 'class': 'cohort-choice' });
        var input = el('input', { type: 'radio', name: 'cohortId', value: c.cohortId, id: id });
        if (i === chosen) input.checked = true;
        var label = el('label', { 'for': id });
        var f = facts(c);
        var first = (layout.oneTitle ? [] : [c.title]).concat(layout.lead.map(function (k) { return f[k]; }));
        var rest = (layout.oneTitle ? [c.title] : []).concat(layout.rest.map(function (k) { return f[k]; }));
        label.appendChild(el('span', { 'class': 'cohort-title' }, capital(first.join(' · '), lang)));
        label.appendChild(el('span', { 'class': 'cohort-facts' }, capital(rest.join(' · '), lang)));
        row.appendChild(input);
        row.appendChild(label);
        set.appendChild(row);
      });
      var conduct = el('details', { 'class': 'staff-details community-conduct', hidden: '' });
      conduct.appendChild(el('summary', {}, i18n('signup.conduct')));
      set.appendChild(conduct);
      set.addEventListener('change', function () { showConduct(set, conduct); });
      box.replaceWith(set);
      showConduct(set, conduct);
    }).catch(function () { /* no cohort list: the box stays, and the API picks the next cohort */ });
  }

  // One layout for every cohort choice: the first line says what tells the cohorts apart, the
  // second the rest, in the same order on every row. Cohorts that all carry one title lead with
  // what differs between them (language, start, length, seats) and give the title on the second
  // line; else each leads with its title, followed by what tells apart two of one title and first
  // day wherever such twins are in the list (the same facts on every row).
  var KINDS = ['language', 'start', 'weeks', 'seats'];
  function choiceLayout(cohorts, facts) {
    var all = cohorts.map(facts);
    var oneTitle = cohorts.length > 1 && cohorts.every(function (c) { return c.title === cohorts[0].title; });
    var lead = KINDS.filter(function (k) {
      return cohorts.some(function (c, i) {
        return cohorts.some(function (o, j) {
          var twins = oneTitle || (o.title === c.title && o.startDate === c.startDate && k !== 'start');
          return i !== j && twins && all[i][k] !== all[j][k];
        });
      });
    });
    // One title and nothing else differs (or one cohort): the title is the line that names it.
    if (oneTitle && !lead.length) oneTitle = false;
    return { oneTitle: oneTitle, lead: lead, rest: KINDS.filter(function (k) { return lead.indexOf(k) < 0; }) };
  }

  // A line starts with a capital ("Starts Monday…", "In English…").
  function capital(text, lang) {
    return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
  }

  // The chosen cohort's code of conduct (conduct.js sets its paragraphs), so one knows the group's
  // rules before joining; nothing is shown for a cohort without one.
  function showConduct(set, box) {
    var chosen = qs('input[name=cohortId]:checked', set);
    box.hidden = true;
    // conduct.js is loaded by the pages with a sign-up form; without it nothing is asked.
    if (!chosen || !window.LcmConduct) return;
    var cohortId = chosen.value;
    fetch('/api/cohorts/' + encodeURIComponent(cohortId) + '/code-of-conduct', { headers: { 'Accept': 'application/json' } })
      .then(function (res) { return res.ok ? res.json() : null; })
      .then(function (code) {
        var now = qs('input[name=cohortId]:checked', set);
        if (!code || !code.text || !now || now.value !== cohortId) return;
        box.hidden = !window.LcmConduct.render(box, code.text);
      }).catch(function () { /* the code stays on My page and in the welcome mail */ });
  }

  // A staff form (it says what a 401 means) sends the ID token of the staff sign-in (auth.js), if any.
  function staffAuth(form, headers) {
    var token = null;
    try { token = form.getAttribute('data-error-401') ? (JSON.parse(sessionStorage.getItem('lcmhub.staff')) || {}).id : null; } catch (e) { token = null; }
    if (token) headers.Authorization = 'Bearer ' + token;
    return headers;
  }

  // ---- The footer's way in for the team: signed in in this tab (auth.js's session), it leads to
  // the team's pages rather than to the sign-in. Without a script it stays the sign-in. ----------
  function initStaffFooter() {
    var signedIn = false;
    try { signedIn = !!sessionStorage.getItem('lcmhub.staff'); } catch (e) { signedIn = false; }
    if (!signedIn) return;
    qsa('[data-staff-footer]').forEach(function (a) {
      a.href = a.getAttribute('data-signed-in-href');
      a.textContent = a.getAttribute('data-signed-in-text');
    });
  }

  function initForms() {
    qsa('[data-no-js]').forEach(function (e) { e.hidden = true; });
    if (window.LcmLearnerKey && LcmLearnerKey.get()) qsa('[data-learner-nav]').forEach(function (e) { e.hidden = false; });
    qsa('form.api-form').forEach(function (form) {
      // The page words each problem next to its field (showErrors); the browser's own checks are
      // for the form posted without this script (the sign-up's).
      if (form.hasAttribute('data-checks-without-script')) form.noValidate = true;
      if (form.hasAttribute('data-needs-js')) form.hidden = false;
      guessTimezone(form);
      fillKey(form);
      loadCohorts(form);
      form.addEventListener('submit', function (e) { submit(form, e); });
    });
  }

  // ---- The error page names the fields the API sent back (?code=...&fields=a,b) ---------------
  function initErrorPage() {
    var box = qs('[data-error-details]');
    if (!box) return;
    var fields = (new URLSearchParams(location.search).get('fields') || '').split(',').filter(Boolean);
    if (!fields.length) return;
    var labels = {};
    box.dataset.labels.split('|').forEach(function (pair) {
      var i = pair.indexOf('=');
      labels[pair.slice(0, i)] = pair.slice(i + 1);
    });
    var ul = qs('ul', box);
    fields.forEach(function (f) { ul.appendChild(el('li', {}, labels[f] || f)); });
    box.hidden = false;
  }

  // ---- A form's problem box after a post without script (?code=...&fields=a,b#<box>--a--b) ----
  // CSS alone shows the box and the lines of what went wrong; a script marks those fields invalid
  // and brings the box to the reader's attention.
  function initProblemBoxes() {
    var target = location.hash.length > 1 && document.getElementById(location.hash.slice(1));
    var box = target && target.closest('[data-form-problem]');
    if (!box) return;
    var fields = (new URLSearchParams(location.search).get('fields') || '').split(',').filter(Boolean);
    var form = box.nextElementSibling;
    fields.forEach(function (name) {
      var input = form && form.elements && form.elements.namedItem(name);
      if (input && input.setAttribute) input.setAttribute('aria-invalid', 'true');
    });
    box.focus();
  }

  // ---- The thank-you page shows the line for the status the API answered (?status=...) --------
  function initThanksPage() {
    var status = new URLSearchParams(location.search).get('status');
    qsa('[data-status]').forEach(function (line) { line.hidden = line.dataset.status !== status; });
  }

  initSearch();
  initStaffFooter();
  initForms();
  initErrorPage();
  initThanksPage();
  initProblemBoxes();
})();
