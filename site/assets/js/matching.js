// The LCM's matching review: pick a cohort (the address follows it), see its published pairs (GET
// .../matching) and the draft the team left to review there, with its pins and exclusions (kept with
// the draft, PUT .../choices, so a reload or a colleague finds them), or that it expired unpublished;
// compute a draft (POST .../matching with the pins and exclusions chosen so far),
// named after its cohort, read each pair's score, what speaks for it and its trade-offs, who was
// not proposed and why, then publish the draft after confirming for which cohort and how many
// people get a mail. Choices made since the draft was computed do not change its pairs: the cards
// they touch say so, and the draft is not offered for publishing (the API refuses it, 409
// choices_not_applied) until it is computed again. An excluded card reads as excluded, with its one
// Undo. Pairs are listed best fit first. Only the cohort's latest draft publishes: a tab left on an
// older one is told who saved a newer one and when (409 draft_superseded: the reader, in another tab
// or window, or a colleague by name) and offered to show it, the focus then on the draft reopened;
// a publish a colleague's change stopped half-way says what was published, what was not and why.
// Words come from the staff catalogue in the page's language; reasons from their codes.
(function () {
  'use strict';
  var S = window.LcmStaff;
  var el = S.el;
  var cohortForm = document.getElementById('matching-cohort');
  var select = document.getElementById('matching-cohort-id');
  var status = document.getElementById('matching-status');
  var note = document.getElementById('matching-note');
  var draftBox = document.getElementById('matching-draft');
  var result = document.getElementById('matching-result');
  var publishButton = document.getElementById('matching-publish');
  var t = S.t;
  var confirmBox = document.getElementById('matching-confirm');
  var names = {};
  var cohortsById = {};
  var pins = [];
  var exclusions = [];
  var draft = null;
  var computing = false;

  function name(id) { return names[id] || id; }
  function pairName(p) { return t('matching.with', { learner: name(p.learnerId), mentor: name(p.mentorId) }); }
  function same(a, b) { return a.learnerId === b.learnerId && a.mentorId === b.mentorId; }
  function without(list, pair) { return list.filter(function (p) { return !same(p, pair); }); }
  function has(list, pair) { return list.some(function (p) { return same(p, pair); }); }

  /** Best fit first; equal fits by learner, then mentor, by name, so the order never depends on the solver's. */
  var collator = new Intl.Collator(S.lang === 'fr' ? 'fr-FR' : 'en-GB', { sensitivity: 'base' });
  function byFit(list) {
    return list.slice().sort(function (a, b) {
      return (b.score - a.score) || collator.compare(name(a.learnerId), name(b.learnerId))
        || collator.compare(name(a.mentorId), name(b.mentorId))
        || (a.learnerId < b.learnerId ? -1 : a.learnerId > b.learnerId ? 1 : 0);
    });
  }

  /** Pins count in their order (they are placed in it), exclusions as a set, as the API compares them. */
  function pending() {
    if (!draft) { return false; }
    var applied = draft.applied || { pins: [], exclusions: [] };
    var ap = applied.pins || [];
    var ae = applied.exclusions || [];
    return ap.length !== pins.length || ap.some(function (p, i) { return !same(p, pins[i]); })
      || ae.length !== exclusions.length || exclusions.some(function (p) { return !has(ae, p); });
  }

  /**
   * Each proposed pair excluded or pinned since the draft was computed says what computing again
   * does to it; while any choice waits, publishing is not offered and the page says to compute again.
   */
  function showPending() {
    var waiting = pending();
    var applied = (draft && draft.applied) || { pins: [], exclusions: [] };
    Array.prototype.forEach.call(document.querySelectorAll('#matching-pairs > li'), function (li) {
      var p = { learnerId: li.getAttribute('data-learner'), mentorId: li.getAttribute('data-mentor') };
      Array.prototype.forEach.call(li.querySelectorAll('.pair-choice, .pair-undo'), function (old) {
        old.parentNode.removeChild(old);
      });
      var kind = has(exclusions, p) ? 'excluded' : has(pins, p) && !has(applied.pins || [], p) ? 'pinned' : '';
      li.classList.toggle('pair-excluded', kind === 'excluded');
      // Excluded, Pin and Exclude no longer apply: the card's one action is to undo the exclusion.
      var actions = li.querySelector('.staff-actions:not(.pair-undo)');
      if (actions) { actions.hidden = kind === 'excluded'; }
      if (kind) {
        li.insertBefore(el('p', { 'class': 'pair-choice', 'data-choice': kind },
          t(kind === 'excluded' ? 'matching.excludedCard' : 'matching.pinnedCard')), li.children[1] || null);
      }
      if (kind === 'excluded' && actions) {
        var undo = li.appendChild(el('p', { 'class': 'staff-actions pair-undo' }));
        undo.appendChild(button(t('matching.undoExclusion'), t('matching.undoExclusion') + ' · ' + pairName(p), function () {
          exclusions = without(exclusions, p);
          showChoices();
          keepChoices();
          var again = li.querySelector('.staff-actions button');
          if (again) { again.focus(); }
        }));
      }
    });
    var box = document.getElementById('matching-pending');
    box.hidden = !waiting;
    publishButton.hidden = waiting || !draft || !(draft.matches || []).length;
    if (waiting) { window.LcmConfirm.close(confirmBox); }
  }

  function reasons(list, cls) {
    var ul = el('ul', { 'class': 'reasons' + (cls ? ' ' + cls : '') });
    (list || []).forEach(function (r) { ul.appendChild(el('li', { 'data-code': r.code }, S.reason(r))); });
    return ul;
  }

  function button(text, label, onClick) {
    var b = el('button', { type: 'button', 'class': 'button-secondary', 'aria-label': label }, text);
    b.addEventListener('click', onClick);
    return b;
  }

  function choose(kind, pair) {
    var p = { learnerId: pair.learnerId, mentorId: pair.mentorId };
    pins = without(pins, p);
    exclusions = without(exclusions, p);
    (kind === 'pin' ? pins : exclusions).push(p);
    showChoices();
    keepChoices();
    document.getElementById('matching-recompute').focus();
  }

  function showChoices() {
    var list = document.getElementById('matching-choice-list');
    list.textContent = '';
    pins.concat(exclusions).forEach(function (p) {
      var pinned = pins.indexOf(p) >= 0;
      var text = t(pinned ? 'matching.pinnedChoice' : 'matching.excludedChoice', { pair: pairName(p) });
      var li = el('li', {}, text + ' ');
      li.appendChild(button(t('matching.undo'), t('matching.undo') + ' · ' + text, function () {
        pins = without(pins, p);
        exclusions = without(exclusions, p);
        showChoices();
        keepChoices();
      }));
      list.appendChild(li);
    });
    document.getElementById('matching-choices').hidden = !pins.length && !exclusions.length;
    showPending();
  }

  /**
   * The choices are kept with the draft on screen, for a reload or a colleague to find them; one
   * save after the other, so a quick second click never lands before the first.
   */
  var saving = Promise.resolve();
  function keepChoices() {
    if (!draft) { return; }
    var path = '/api/cohorts/' + encodeURIComponent(draft.cohortId) + '/matching/' + encodeURIComponent(draft.draftId) + '/choices';
    var body = { pins: pins.slice(), exclusions: exclusions.slice() };
    saving = saving.then(function () { return S.call('PUT', path, body); }).then(function (r) {
      if (!r.ok) { S.say(status, (r.status === 401 || r.status === 403 ? S.refused(r) : t('matching.choicesNotKept')), 'error'); }
    });
  }

  /** The cohort as the draft names it (title and start): the list's own words for it. */
  function cohortLabel(cohortId) {
    return S.cohortLabel(cohortsById[cohortId], Object.keys(cohortsById).map(function (k) { return cohortsById[k]; }));
  }

  function pairCard(m, published) {
    var li = el('li', { 'class': 'staff-card', 'data-learner': m.learnerId, 'data-mentor': m.mentorId });
    var title = pairName(m);
    li.appendChild(el('h4', {}, title));
    li.appendChild(el('p', { 'class': 'score' }, t('matching.fit', { score: m.score })));
    var both = li.appendChild(el('div', { 'class': 'pair-reasons' }));
    var fits = both.appendChild(el('div', { 'class': 'pair-fits' }));
    fits.appendChild(el('h4', {}, t('matching.fits')));
    // A mentor's places are said once for the draft (mentorPlaces), not again on each of their pairs.
    fits.appendChild(reasons((m.fits || []).filter(function (r) { return r.code !== 'places'; })));
    if ((m.tradeOffs || []).length) {
      var trade = both.appendChild(el('div', { 'class': 'pair-tradeoffs' }));
      trade.appendChild(el('h4', {}, t('matching.tradeOffs')));
      trade.appendChild(reasons(m.tradeOffs, 'reasons-tradeoff'));
    }
    if (!published) {
      var actions = el('p', { 'class': 'staff-actions' });
      actions.appendChild(button(t('matching.pin'), t('matching.pin') + ' · ' + title, function () { choose('pin', m); }));
      actions.appendChild(button(t('matching.exclude'), t('matching.exclude') + ' · ' + title, function () { choose('exclude', m); }));
      li.appendChild(actions);
    }
    return li;
  }

  function fill(listId, boxId, items, card) {
    var list = document.getElementById(listId);
    list.textContent = '';
    items.forEach(function (i) { list.appendChild(card(i)); });
    if (boxId) { document.getElementById(boxId).hidden = !items.length; }
  }

  /**
   * Each proposed mentor once: the places taken before this draft (the API's places reason) and
   * how many more the draft's pairs would take.
   */
  function mentorPlaces(matches) {
    var order = [];
    var mentors = {};
    matches.forEach(function (m) {
      var places = (m.fits || []).concat(m.tradeOffs || []).filter(function (r) { return r.code === 'places'; })[0];
      if (!mentors[m.mentorId]) {
        order.push(m.mentorId);
        mentors[m.mentorId] = { places: places && places.params, count: 0 };
      }
      mentors[m.mentorId].count++;
    });
    return order.filter(function (id) { return mentors[id].places; }).map(function (id) {
      var p = mentors[id].places;
      return { mentorId: id, text: t('matching.mentorPlaces', { mentor: name(id),
        places: S.plural('match.places', p.used, { used: S.number(p.used), capacity: S.number(p.capacity) }),
        more: S.plural('matching.inDraft', mentors[id].count) }) };
    });
  }

  /** Why a draft proposes no pair: nobody joined, nobody is left to pair, or no mentor fits yet. */
  function emptyDraft(d) {
    return t((d.unmatched || []).length ? 'matching.noPair' : (d.leftOut || []).length ? 'matching.nobodyLeft' : 'matching.nobody');
  }

  function showDraft(d) {
    draft = d;
    Object.keys(d.names || {}).forEach(function (k) { names[k] = d.names[k]; });
    d.matches = byFit(d.matches || []);
    var matches = d.matches;
    var unmatched = d.unmatched || [];
    // An empty draft has nothing to publish, so no deadline: it says why there is no pair instead.
    document.getElementById('matching-summary').textContent = matches.length
      ? S.plural('matching.summary', matches.length) + ' ' + t('matching.until', { date: S.dateTimeNamed(d.expiresAt) })
      : emptyDraft(d);
    fill('matching-pairs', null, matches, function (m) { return pairCard(m, false); });
    document.getElementById('matching-pairs-title').hidden = !matches.length;
    document.getElementById('matching-pairs').hidden = !matches.length;
    fill('matching-mentors', 'matching-mentors-box', mentorPlaces(matches), function (x) {
      return el('li', { 'data-mentor': x.mentorId }, x.text);
    });
    fill('matching-leftout', 'matching-leftout-box', d.leftOut || [], function (l) {
      return el('li', { 'data-code': l.reason }, name(l.learnerId) + ' · ' + t('skip.' + l.reason));
    });
    fill('matching-unmatched', 'matching-unmatched-box', unmatched, function (u) {
      var li = el('li', { 'class': 'staff-card' });
      li.appendChild(el('h4', {}, name(u.learnerId)));
      li.appendChild(reasons(u.reasons));
      return li;
    });
    fill('matching-refused', 'matching-refused-box', d.refusedPins || [], function (r) {
      var li = el('li', { 'class': 'staff-card' });
      li.appendChild(el('h4', {}, pairName(r)));
      li.appendChild(reasons(r.reasons));
      return li;
    });
    document.getElementById('matching-draft-title').textContent = t('matching.draftFor', { cohort: d.cohortLabel });
    publishButton.textContent = S.plural('matching.publish', matches.length);
    window.LcmConfirm.close(confirmBox);
    showPending();
    result.hidden = true;
    draftBox.hidden = false;
  }

  function compute() {
    var cohortId = select.value;
    if (!cohortId) { return; }
    // The draft keeps the cohort it was computed for, whatever the list says by the time it is published.
    var label = cohortLabel(cohortId);
    // The draft on screen (one reopened, or the last computed) is not the one being computed: it
    // goes until the new one comes, and a reopening still on its way no longer shows it.
    computing = true;
    draftBox.hidden = true;
    S.say(status, t('matching.computing'));
    S.call('POST', '/api/cohorts/' + encodeURIComponent(cohortId) + '/matching',
      { pins: pins, exclusions: exclusions }).then(function (r) {
      if (r.status === 201) {
        // An empty draft is announced by what happened (nobody to pair, and why), not as a draft to
        // review; the draft below shows that sentence, so here it is for screen readers only.
        var empty = !(r.json.matches || []).length;
        S.say(status, empty ? emptyDraft(r.json) : t('matching.computed'));
        if (empty) { status.classList.add('visually-hidden'); }
        r.json.cohortId = cohortId;
        r.json.cohortLabel = label;
        showDraft(r.json);
        document.getElementById('matching-draft-title').focus();
      } else {
        // Not computed: the draft there was before stays to review.
        if (draft) { draftBox.hidden = false; }
        S.say(status, r.status === 401 || r.status === 403 ? S.refused(r) : t('matching.notComputed'), 'error');
      }
    });
  }

  /**
   * Publishing mails both sides of every pair: the LCM says yes to the cohort and to who gets a mail
   * first. A mentor given several mentees is one person, told of them all in one mail.
   */
  function askToPublish() {
    if (!draft) { return; }
    var matches = draft.matches || [];
    var mentors = {};
    matches.forEach(function (m) { mentors[m.mentorId] = true; });
    document.getElementById('matching-confirm-text').textContent = S.plural('matching.confirm', matches.length, {
      cohort: draft.cohortLabel,
      learners: S.plural('matching.confirmLearners', matches.length),
      mentors: S.plural('matching.confirmMentors', Object.keys(mentors).length)
    });
    window.LcmConfirm.ask(confirmBox, publishButton, publish);
  }

  function publish() {
    if (!draft) { return; }
    publishButton.disabled = true;
    S.call('POST', '/api/cohorts/' + encodeURIComponent(draft.cohortId) + '/matching/'
      + encodeURIComponent(draft.draftId) + '/publish').then(function (r) {
      publishButton.disabled = false;
      result.textContent = '';
      result.hidden = false;
      if (!r.ok) {
        result.className = 'form-errors';
        var code = r.status === 409 && r.json && r.json.error && r.json.error.code;
        if (code === 'draft_superseded') {
          result.appendChild(el('p', {}, superseded(r.json.error.params || {})));
          result.appendChild(reloadButton('matching.showNewer', draft.cohortId));
        } else {
          result.appendChild(el('p', {}, t(code === 'choices_not_applied' ? 'matching.notPublishedPending' : 'matching.notPublished')));
        }
        result.focus();
        return;
      }
      var done = draft;
      draft = null; // nothing left to publish from this page as it stands, whatever the choices said
      var order = done.matches || [];
      function inDraftOrder(list) {
        var at = function (p) { var i = order.findIndex(function (m) { return same(m, p); }); return i < 0 ? order.length : i; };
        return list.slice().sort(function (a, b) { return at(a) - at(b); });
      }
      var published = inDraftOrder(r.json.published || []);
      var skipped = inDraftOrder(r.json.skipped || []);
      // A colleague's change landing during the publish stops the pairs not yet written: the draft stays open.
      var stoppedBy = skipped.some(function (x) { return x.reason === 'choices-changed'; }) ? 'changed'
        : skipped.some(function (x) { return x.reason === 'superseded'; }) ? 'superseded' : null;
      result.className = stoppedBy ? 'form-errors' : 'form-success';
      result.appendChild(el('p', {}, published.length ? S.plural('matching.published', published.length)
        : t('matching.publishedNone')));
      var ul = el('ul', { 'class': 'staff-list' });
      published.forEach(function (p) { ul.appendChild(el('li', { 'data-published': 'true' }, pairName(p))); });
      skipped.forEach(function (x) {
        var why = S.has('skip.' + x.reason) ? t('skip.' + x.reason) : t('staff.reason.unknown');
        ul.appendChild(el('li', { 'data-code': x.reason }, t('matching.skipped', { pair: pairName(x), why: why })));
      });
      result.appendChild(ul);
      if (stoppedBy) {
        result.appendChild(el('p', {}, t(stoppedBy === 'changed' ? 'matching.changedDuring' : 'matching.supersededDuring')));
        result.appendChild(reloadButton(stoppedBy === 'changed' ? 'matching.showCurrent' : 'matching.showNewer', done.cohortId));
      }
      S.say(status, '');
      document.getElementById('matching-summary').textContent = !stoppedBy ? t('matching.done')
        : published.length ? t('matching.partlyDone') : t('matching.publishedNone');
      pins = [];
      exclusions = [];
      fill('matching-pairs', null, order, function (m) { return pairCard(m, true); });
      showChoices();
      // Published, the draft's places are taken: the counts said before publishing no longer hold.
      document.getElementById('matching-mentors-box').hidden = true;
      showPublished(done.cohortId, false);
      result.focus();
    });
  }

  /** A button that shows the cohort's draft as the team left it now (a newer one, or a colleague's choices). */
  /**
   * Who saved the draft that replaced this one, and when: the reader's own (another tab or window),
   * or a colleague by name; a time alone when it was today, else its day too.
   */
  function superseded(params) {
    if (!params.savedAt) { return t('matching.superseded'); }
    var I = window.LcmI18n;
    var when = I.longDate(params.savedAt) === I.longDate(new Date().toISOString())
      ? t('matching.savedAt', { time: I.time(params.savedAt) }) : t('matching.savedOn', { date: S.dateTime(params.savedAt) });
    if (params.own === 'true') { return t('matching.supersededOwn', { when: when }); }
    return params.by ? t('matching.supersededBy', { name: params.by, when: when }) : t('matching.superseded');
  }

  // The draft reopened takes the focus, as a computed one does: keyboard and screen-reader users
  // land on what replaced the message, not on the page's start.
  function reloadButton(key, cohortId) {
    return el('p', {}, '').appendChild(button(t(key), t(key), function () {
      draft = null;
      computing = false;
      pins = [];
      exclusions = [];
      showChoices();
      draftBox.hidden = true;
      result.hidden = true;
      S.say(status, '');
      showPublished(cohortId, true, true);
    })).parentNode;
  }

  /**
   * The cohort's published pairs, a line per mentor, above the draft; none: no section. With
   * {@code reopen}, the draft the team left to review opens below as it was left, its pins and
   * exclusions listed; one that expired unpublished is said so, computing again being the way on.
   */
  function showPublished(cohortId, reopen, focus) {
    var box = document.getElementById('matching-current');
    var list = document.getElementById('matching-current-list');
    S.call('GET', '/api/cohorts/' + encodeURIComponent(cohortId) + '/matching').then(function (r) {
      if (select.value !== cohortId) { return; } // another cohort was chosen meanwhile
      list.textContent = '';
      var mentors = (r.ok && r.json && r.json.mentors) || [];
      mentors.forEach(function (m) {
        list.appendChild(el('li', { 'data-mentor': m.mentorId }, t('matching.currentPair', {
          mentor: m.name || t('matching.unnamed'),
          learners: m.learners.map(function (l) { return l.name || t('matching.unnamed'); }).join(', ')
        })));
      });
      if (!r.ok && r.status !== 401 && r.status !== 403) { list.appendChild(el('li', {}, t('matching.currentFailed'))); }
      box.hidden = !list.children.length;
      if (reopen && r.ok && !draft && !computing) { reopenDraft(cohortId, r.json, focus); }
    });
  }

  function reopenDraft(cohortId, answer, focus) {
    var d = answer.draft;
    if (d) {
      d.cohortId = cohortId;
      d.cohortLabel = cohortLabel(cohortId);
      pins = ((d.choices || {}).pins || []).slice();
      exclusions = ((d.choices || {}).exclusions || []).slice();
      showDraft(d);
      showChoices();
      // An empty draft says why there is no pair itself; one with pairs says it waits for the team,
      // and, with choices made since it was computed, that it must be computed again first.
      if ((d.matches || []).length) {
        S.say(status, t('matching.reopened', { date: S.dateTimeNamed(d.createdAt) })
          + (pending() ? ' ' + t('matching.pending') : ''));
      }
      if (focus) { document.getElementById('matching-draft-title').focus(); }
    } else if (answer.draftExpiredAt) {
      S.say(status, t('matching.expired', { date: S.dateTimeNamed(answer.draftExpiredAt) }));
    }
    // No draft left to show (published or expired meanwhile): computing one is the way on.
    if (focus && !d) { document.getElementById('matching-compute').focus(); }
  }

  function loadCohorts() {
    S.call('GET', '/api/cohorts/mine').then(function (r) {
      cohortForm.hidden = false;
      if (r.status === 401 || r.status === 403) {
        cohortForm.hidden = true;
        S.say(status, S.refused(r), 'error');
        return;
      }
      var cohorts = (r.json && r.json.cohorts) || [];
      if (!r.ok || !cohorts.length) {
        S.say(status, r.ok ? t('staff.noCohort') : t('staff.failed'), r.ok ? undefined : 'error');
        document.getElementById('matching-compute').disabled = true;
        return;
      }
      cohorts.forEach(function (c) { cohortsById[c.cohortId] = c; });
      // A cohort in the address that is not the reader's is said as the dashboard says it, with the
      // cohort chosen instead, and stays said until another is picked: never a silent swap.
      S.say(note, S.cohortChoice(select, cohorts) || '');
      S.cohortInAddress(select.value);
      showPublished(select.value, true);
    });
  }

  if (!S.user() || !S.allowed()) { return; }
  cohortForm.addEventListener('submit', function (e) {
    e.preventDefault();
    pins = [];
    exclusions = [];
    showChoices();
    compute();
  });
  // Another cohort: the draft, pins and exclusions on screen belong to the previous one.
  select.addEventListener('change', function () {
    S.say(note, '');
    S.cohortInAddress(select.value);
    draftBox.hidden = true;
    draft = null;
    computing = false;
    pins = [];
    exclusions = [];
    showChoices();
    S.say(status, '');
    showPublished(select.value, true);
  });
  document.getElementById('matching-recompute').addEventListener('click', compute);
  publishButton.addEventListener('click', askToPublish);
  loadCohorts();
}());
