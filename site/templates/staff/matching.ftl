<#-- The LCM's matching review (js/matching.js). -->
<form id="matching-cohort" class="staff-panel" hidden>
  <div class="field">
    <label for="matching-cohort-id">${s("staff.cohort")}</label>
    <select id="matching-cohort-id" name="cohortId" required></select>
    <#-- The cohort shown in full, as a phone cuts the list's choice short (staff.js, cohortChoice). -->
    <p id="matching-cohort-id-shown" class="hint" hidden></p>
  </div>
  <p><button type="submit" id="matching-compute">${s("matching.compute")}</button></p>
  <p id="matching-note" class="staff-status" role="status" hidden></p>
  <p id="matching-status" class="staff-status" role="status" hidden></p>
</form>

<section id="matching-current" aria-labelledby="matching-current-title" hidden>
  <h2 id="matching-current-title">${s("matching.current")}</h2>
  <ul id="matching-current-list" class="staff-list" aria-labelledby="matching-current-title"></ul>
</section>

<section id="matching-draft" aria-labelledby="matching-draft-title" hidden>
  <h2 id="matching-draft-title" tabindex="-1">${s("matching.draft")}</h2>
  <p id="matching-summary"></p>

  <div id="matching-choices" class="staff-panel" hidden>
    <h3>${s("matching.choices")}</h3>
    <p class="hint">${s("matching.choicesHint")}</p>
    <ul id="matching-choice-list" class="staff-list"></ul>
    <p><button type="button" id="matching-recompute">${s("matching.recompute")}</button></p>
  </div>

  <h3 id="matching-pairs-title">${s("matching.pairs")}</h3>
  <ul id="matching-pairs" class="staff-cards" aria-labelledby="matching-pairs-title"></ul>

  <div id="matching-mentors-box" hidden>
    <h3 id="matching-mentors-title">${s("matching.mentors")}</h3>
    <ul id="matching-mentors" class="staff-list" aria-labelledby="matching-mentors-title"></ul>
  </div>

  <div id="matching-unmatched-box" hidden>
    <h3 id="matching-unmatched-title">${s("matching.unmatched")}</h3>
    <ul id="matching-unmatched" class="staff-cards" aria-labelledby="matching-unmatched-title"></ul>
  </div>

  <div id="matching-leftout-box" hidden>
    <h3 id="matching-leftout-title">${s("matching.leftOut")}</h3>
    <ul id="matching-leftout" class="staff-list" aria-labelledby="matching-leftout-title"></ul>
  </div>

  <div id="matching-refused-box" hidden>
    <h3 id="matching-refused-title">${s("matching.refused")}</h3>
    <ul id="matching-refused" class="staff-cards" aria-labelledby="matching-refused-title"></ul>
  </div>

  <p id="matching-pending" class="notice" hidden>${s("matching.pending")}</p>
  <p class="staff-actions"><button type="button" id="matching-publish" class="button">${s("matching.publish.other")}</button></p>
  <@l.confirmBox id="matching-confirm" yes=s("matching.confirmYes") no=s("matching.confirmNo") class="staff-panel staff-confirm"/>
  <div id="matching-result" class="form-success" role="status" tabindex="-1" hidden></div>
</section>
