// The LCM's matching review: pick a cohort, compute a draft (POST .../matching with the pins and
// exclusions chosen so far), read each pair's score and reasons, then publish the draft.
(function () {
  'use strict';
  var S = window.LcmStaff;
  var el = S.el;
  var cohortForm = document.getElementById('matching-cohort');
  var select = document.getElementById('matching-cohort-id');
  var status = document.getElementById('matching-status');
  var draftBox = document.getElementById('matching-draft');
  var result = document.getElementById('matching-result');
  var publishButton = document.getElementById('matching-publish');
  var SKIPPED = {
    'mentor-full-or-paused': 'the mentor has no place left or paused new matches',
    'already-matched': 'the learner has a mentor already',
    'not-enrolled': 'the learner is no longer enrolled'
  };
  var names = {};
  var pins = [];
  var exclusions = [];
  var draft = null;

  function name(id) { return names[id] || id; }
  function same(a, b) { return a.learnerId === b.learnerId && a.mentorId === b.mentorId; }
  function without(list, pair) { return list.filter(function (p) { return !same(p, pair); }); }

  function reasons(list) {
    var ul = el('ul', { 'class': 'reasons' });
    (list || []).forEach(function (r) { ul.appendChild(el('li', {}, r)); });
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
    document.getElementById('matching-recompute').focus();
  }

  function showChoices() {
    var list = document.getElementById('matching-choice-list');
    list.textContent = '';
    pins.concat(exclusions).forEach(function (p) {
      var pinned = pins.indexOf(p) >= 0;
      var text = (pinned ? 'Pinned: ' : 'Excluded: ') + name(p.learnerId) + ' with ' + name(p.mentorId);
      var li = el('li', {}, text + ' ');
      li.appendChild(button('Undo', 'Undo: ' + text, function () {
        pins = without(pins, p);
        exclusions = without(exclusions, p);
        showChoices();
      }));
      list.appendChild(li);
    });
    document.getElementById('matching-choices').hidden = !pins.length && !exclusions.length;
  }

  function pairCard(m, published) {
    var li = el('li', { 'class': 'staff-card' });
    var title = name(m.learnerId) + ' with ' + name(m.mentorId);
    li.appendChild(el('h4', {}, title));
    li.appendChild(el('p', { 'class': 'score' }, 'Fit ' + m.score + ' / 100' + (m.pinned ? ', pinned' : '')));
    li.appendChild(reasons(m.reasons));
    if (!published) {
      var actions = el('p', { 'class': 'staff-actions' });
      actions.appendChild(button('Pin', 'Pin ' + title, function () { choose('pin', m); }));
      actions.appendChild(button('Exclude', 'Exclude ' + title, function () { choose('exclude', m); }));
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

  function showDraft(d) {
    draft = d;
    Object.keys(d.names || {}).forEach(function (k) { names[k] = d.names[k]; });
    var matches = d.matches || [];
    var unmatched = d.unmatched || [];
    document.getElementById('matching-summary').textContent = matches.length + ' pair(s) proposed, '
      + unmatched.length + ' learner(s) left without a mentor. The draft can be published until '
      + new Date(d.expiresAt).toLocaleString('en-GB') + '.';
    fill('matching-pairs', null, matches, function (m) { return pairCard(m, false); });
    if (!matches.length) {
      document.getElementById('matching-pairs').appendChild(el('li', { 'class': 'empty' }, 'No pair to propose.'));
    }
    fill('matching-unmatched', 'matching-unmatched-box', unmatched, function (u) {
      var li = el('li', { 'class': 'staff-card' });
      li.appendChild(el('h4', {}, name(u.learnerId)));
      li.appendChild(reasons(u.reasons));
      return li;
    });
    fill('matching-refused', 'matching-refused-box', d.refusedPins || [], function (r) {
      var li = el('li', { 'class': 'staff-card' });
      li.appendChild(el('h4', {}, name(r.learnerId) + ' with ' + name(r.mentorId)));
      li.appendChild(reasons(r.reasons));
      return li;
    });
    publishButton.hidden = !matches.length;
    publishButton.textContent = 'Publish ' + matches.length + ' pair(s)';
    result.hidden = true;
    draftBox.hidden = false;
  }

  function compute() {
    var cohortId = select.value;
    if (!cohortId) { return; }
    S.say(status, 'Computing…');
    S.call('POST', '/api/cohorts/' + encodeURIComponent(cohortId) + '/matching',
      { pins: pins, exclusions: exclusions }).then(function (r) {
      if (r.status === 201) {
        S.say(status, 'Draft computed.');
        r.json.cohortId = cohortId;
        showDraft(r.json);
        document.getElementById('matching-draft-title').focus();
      } else if (r.status === 401) {
        S.say(status, 'Your sign-in has expired; sign in again.', 'error');
      } else {
        S.say(status, S.message(r, 'The draft could not be computed (' + r.status + ').'), 'error');
      }
    });
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
        result.appendChild(el('p', {}, S.message(r, 'Publishing failed (' + r.status + ').')));
        result.focus();
        return;
      }
      result.className = 'form-success';
      var published = r.json.published || [];
      var skipped = r.json.skipped || [];
      result.appendChild(el('p', {}, published.length + ' pair(s) published; both sides have been mailed.'));
      var ul = el('ul', { 'class': 'staff-list' });
      published.forEach(function (p) { ul.appendChild(el('li', {}, name(p.learnerId) + ' with ' + name(p.mentorId))); });
      skipped.forEach(function (s) {
        ul.appendChild(el('li', {}, 'Not published: ' + name(s.learnerId) + ' with ' + name(s.mentorId) + ', because '
          + (SKIPPED[s.reason] || s.reason) + '.'));
      });
      result.appendChild(ul);
      publishButton.hidden = true;
      S.say(status, '');
      document.getElementById('matching-summary').textContent = 'This draft is published. Compute a new one for'
        + ' the learners still without a mentor.';
      pins = [];
      exclusions = [];
      showChoices();
      fill('matching-pairs', null, draft.matches || [], function (m) { return pairCard(m, true); });
      draft = null;
      result.focus();
    });
  }

  function loadCohorts() {
    S.call('GET', '/api/cohorts/mine').then(function (r) {
      cohortForm.hidden = false;
      if (r.status === 401 || r.status === 403) {
        cohortForm.hidden = true;
        document.getElementById('matching-signin').hidden = false;
        return;
      }
      var cohorts = (r.json && r.json.cohorts) || [];
      if (!r.ok || !cohorts.length) {
        S.say(status, r.ok ? 'You are not on the team of any cohort yet.' : S.message(r, 'Your cohorts could not be read.'),
          r.ok ? undefined : 'error');
        document.getElementById('matching-compute').disabled = true;
        return;
      }
      cohorts.forEach(function (c) {
        select.appendChild(el('option', { value: c.cohortId }, c.title + ' (' + c.language + ', from ' + c.startDate + ')'));
      });
    });
  }

  if (!S.token()) {
    document.getElementById('matching-signin').hidden = false;
    return;
  }
  document.getElementById('matching-draft-title').setAttribute('tabindex', '-1');
  cohortForm.addEventListener('submit', function (e) {
    e.preventDefault();
    pins = [];
    exclusions = [];
    showChoices();
    compute();
  });
  // Another cohort: the draft, pins and exclusions on screen belong to the previous one.
  select.addEventListener('change', function () {
    draftBox.hidden = true;
    draft = null;
    pins = [];
    exclusions = [];
    showChoices();
    S.say(status, '');
  });
  document.getElementById('matching-recompute').addEventListener('click', compute);
  publishButton.addEventListener('click', publish);
  loadCohorts();
}());
