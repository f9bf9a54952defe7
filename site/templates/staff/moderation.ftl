<#-- Moderation of the cohort (js/moderation.js, told the cohort by dashboard.js): learners' private
     reports, the team's log and the code of conduct. Included by dashboard.ftl. -->
<section id="moderation" aria-labelledby="moderation-heading" hidden>
  <h3 id="moderation-heading">${s("community.mod.heading")}</h3>
  <p class="hint">${s("community.mod.intro")}</p>
  <h4 id="mod-reports-heading">${s("community.mod.reports")}</h4>
  <ul id="mod-reports" class="dash-list" aria-labelledby="mod-reports-heading"></ul>
  <p id="mod-reports-state" role="status" class="team-state"></p>

  <h4 id="mod-log-heading">${s("community.mod.log")}</h4>
  <p id="mod-log-zone" class="hint" hidden></p>
  <ul id="mod-log" class="dash-list" aria-labelledby="mod-log-heading"></ul>
  <form id="mod-log-add" class="api-form staff-panel" novalidate aria-labelledby="mod-log-add-heading">
    <h5 id="mod-log-add-heading">${s("community.mod.logAdd")}</h5>
    <p class="field"><label for="mod-log-action">${s("community.mod.action")}</label>
    <select id="mod-log-action" name="action">
      <#list ["talked-to", "warned", "removed", "no-action", "other"] as a><option value="${a}">${s("community.mod.action_" + a)}</option></#list>
    </select></p>
    <p class="field"><label for="mod-log-note">${s("community.mod.note")}</label>
    <textarea id="mod-log-note" name="note" required maxlength="1000" rows="3"></textarea></p>
    <p><button type="submit">${s("community.mod.logSave")}</button></p>
    <p role="status" class="team-state"></p>
  </form>

  <form id="mod-conduct" class="api-form staff-panel" novalidate aria-labelledby="mod-conduct-heading">
    <h4 id="mod-conduct-heading">${s("community.mod.conduct")}</h4>
    <p class="field"><label for="mod-conduct-text">${s("community.mod.conductText")}</label>
    <textarea id="mod-conduct-text" name="text" required maxlength="5000" rows="8" aria-describedby="mod-conduct-hint"></textarea>
    <span id="mod-conduct-hint" class="hint">${s("community.mod.conductHint")}</span></p>
    <p><button type="submit">${s("community.mod.conductSave")}</button></p>
    <p role="status" class="team-state"></p>
  </form>
</section>
