<#-- The LCM dashboard (js/dashboard.js, js/charts.js): one cohort, opened as soon as it is chosen. -->
<#import "/resources.ftl" as rs>
<p id="dash-state" role="status"></p>
<form id="dash-pick" class="dash-pick" hidden>
  <p class="field"><label for="dash-cohort">${s("staff.cohort")}</label>
  <select id="dash-cohort" name="cohort"></select></p>
  <#-- The cohort shown in full, as a phone cuts the list's choice short (staff.js, cohortChoice). -->
  <p id="dash-cohort-shown" class="hint" hidden></p>
</form>
<p id="dash-none" hidden>${s("staff.noCohort")} <a href="/${lang}/staff/${(lang == "fr")?then("cohortes", "cohorts")}.html">${s("staff.createFirst")}</a></p>

<div id="dash-body" hidden>
  <h2 id="dash-title" tabindex="-1"></h2>
  <dl id="dash-kpis" class="dash-kpis"></dl>
  <p id="dash-figures-at" class="hint"></p>
  <p class="staff-actions"><button type="button" id="dash-csv" class="button">${s("dash.csv")}</button> <span id="dash-csv-state" role="status"></span></p>

  <div class="staff-columns">
    <div class="staff-column">
      <section aria-labelledby="dash-risk-heading">
        <h3 id="dash-risk-heading">${s("dash.watch")}</h3>
        <p id="dash-risk-empty" hidden>${s("dash.watchEmpty")}</p>
        <div id="dash-risk" class="dash-risk"></div>
      </section>

      <section aria-labelledby="dash-alone-heading">
        <h3 id="dash-alone-heading">${s("dash.alone")}</h3>
        <p id="dash-alone-empty" hidden>${s("dash.aloneEmpty")}</p>
        <ul id="dash-alone" class="dash-list"></ul>
        <p><a id="dash-to-matching" class="button-secondary" href="/${lang}/staff/${(lang == "fr")?then("appariement", "matching")}.html">${s("dash.toMatching")}</a></p>
      </section>

      <section aria-labelledby="dash-learners-heading">
        <h3 id="dash-learners-heading">${s("dash.learners")}</h3>
        <ul id="dash-learners" class="dash-people"></ul>
        <p id="dash-learners-count" class="hint" role="status"></p>
        <p><button type="button" id="dash-learners-more" class="button-secondary" hidden>${s("dash.learnersMore")}</button></p>
      </section>
    </div>

    <section id="dash-detail" class="staff-panel dash-detail" aria-labelledby="dash-detail-title" tabindex="-1" hidden>
      <h3 id="dash-detail-title"></h3>
      <p id="dash-detail-status" class="dash-meta"></p>
      <ul id="dash-detail-reasons" class="dash-reasons"></ul>
      <p id="dash-detail-score" class="dash-meta dash-score" hidden></p>
      <p id="dash-detail-contact"></p>
      <h4>${s("dash.history")}</h4>
      <figure id="dash-detail-chart" class="dash-chart"></figure>
      <div class="table-box" tabindex="0" role="region" aria-label="${s("dash.history")}"><table id="dash-detail-history" class="staff-table table-reflow">
        <caption class="visually-hidden">${s("dash.history")}</caption>
        <thead><tr><th scope="col">${s("dash.col.week")}</th><th scope="col">${s("dash.col.progress")}</th><th scope="col">${s("dash.col.mood")}</th><th scope="col">${s("dash.col.hours")}</th><th scope="col">${s("dash.col.help")}</th><th scope="col">${s("dash.col.blockers")}</th><th scope="col">${s("dash.col.message")}</th></tr></thead>
        <tbody></tbody>
      </table></div>
      <p id="dash-detail-history-empty" hidden>${s("dash.historyEmpty")}</p>
      <h4>${s("dash.notes")}</h4>
      <ol id="dash-detail-notes" class="dash-thread"></ol>
      <p id="dash-detail-notes-empty" hidden>${s("dash.notesEmpty")}</p>
      <p><button type="button" id="dash-detail-notes-more" hidden>${s("dash.notesMore")}</button></p>
      <#-- The mentor's notes for the team (mentor page), not the 1:1 reports below the learner reads: shown only when there are some. -->
      <div id="dash-detail-sessions-box" hidden>
      <h4>${s("dash.sessions")}</h4>
      <ol id="dash-detail-sessions" class="dash-thread"></ol>
      </div>
      <h4>${s("plans.dash.plan")}</h4>
      <p id="dash-detail-plan"></p>
      <ul id="dash-detail-objectives" class="dash-list"></ul>
      <h4>${s("plans.dash.reports")}</h4>
      <p class="hint">${s("dash.reportsHint")}</p>
      <ol id="dash-detail-reports" class="dash-thread"></ol>
      <p id="dash-detail-reports-empty" hidden>${s("plans.dash.reportsEmpty")}</p>
      <#-- The report and plan form of the mentor page (js/report-form.js), for this learner. -->
      <div id="dash-detail-report-form"></div>
    </section>
  </div>

  <section aria-labelledby="dash-note-heading">
    <h3 id="dash-note-heading">${s("dash.noteHeading")}</h3>
    <#-- The page words a missing field next to it (dashboard.js), as the other staff forms do. -->
    <form id="dash-note" class="api-form staff-panel" novalidate>
      <p class="field"><label for="dash-note-learner">${s("dash.noteLearner")}</label>
      <select id="dash-note-learner" name="learnerId" data-field="learnerId" required></select></p>
      <#-- No maxlength: a browser would cut a longer note silently. The page counts characters
           (data-max-chars, as the sign-up and check-in forms do) and says by how much it is over. -->
      <p class="field"><label for="dash-note-text">${s("dash.noteLabel")}</label>
      <textarea id="dash-note-text" name="text" data-field="text" required data-max-chars="2000" aria-describedby="dash-note-hint"></textarea></p>
      <p id="dash-note-hint" class="hint">${s("dash.noteHint")}</p>
      <p class="choice"><input id="dash-note-contact" name="contact" type="checkbox" value="true">
      <label for="dash-note-contact">${s("dash.noteContactLabel")}</label></p>
      <p><button type="submit">${s("dash.noteRecord")}</button></p>
      <p id="dash-note-state" role="status"></p>
    </form>
  </section>

  <#-- The team and mentor invitations (js/team.js, told the cohort by dashboard.js). -->
  <section id="team" aria-labelledby="team-heading" hidden>
    <h3 id="team-heading">${s("dash.team")}</h3>
    <ul id="team-members" class="dash-list"></ul>
    <@l.confirmBox id="team-confirm" yes=s("team.removeYes") no=s("team.removeNo") class="staff-panel staff-confirm"/>
    <form id="team-add" class="api-form staff-panel" novalidate>
      <p class="field"><label for="team-email">${s("dash.teamAdd")}</label>
      <input id="team-email" name="email" type="email" required autocomplete="off" aria-describedby="team-email-hint" data-field="email">
      <span id="team-email-hint" class="hint">${s("dash.teamAddHint")}</span></p>
      <p class="field"><label for="team-name">${s("dash.teamAddName")}</label>
      <input id="team-name" name="name" type="text" maxlength="120" autocomplete="off" data-field="name"></p>
      <p class="field"><label for="team-language">${s("team.language")}</label>
      <select id="team-language" name="language" data-field="language"><option value="en"<#if lang == "en"> selected</#if>>English</option><option value="fr" lang="fr"<#if lang == "fr"> selected</#if>>Français</option></select></p>
      <p><button type="submit">${s("dash.teamAddButton")}</button></p>
      <p role="status" class="team-state"></p>
    </form>
    <h3 id="team-invite-heading">${s("dash.invite")}</h3>
    <form id="team-invite" class="api-form staff-panel" novalidate aria-labelledby="team-invite-heading">
      <p class="field"><label for="team-invite-email">${s("dash.inviteEmail")}</label>
      <input id="team-invite-email" name="email" type="email" required autocomplete="off" data-field="email"></p>
      <p class="field"><label for="team-invite-name">${s("dash.inviteName")}</label>
      <input id="team-invite-name" name="name" type="text" maxlength="120" autocomplete="off" data-field="name"></p>
      <p class="field"><label for="team-invite-language">${s("dash.inviteLanguage")}</label>
      <select id="team-invite-language" name="language" data-field="language"><option value="en"<#if lang == "en"> selected</#if>>English</option><option value="fr" lang="fr"<#if lang == "fr"> selected</#if>>Français</option></select></p>
      <p><button type="submit">${s("dash.inviteButton")}</button></p>
      <p role="status" class="team-state"></p>
    </form>
  </section>

  <#-- The cohort's channels (js/community.js, told the cohort by dashboard.js). -->
  <section id="community" aria-labelledby="community-heading" hidden>
    <h3 id="community-heading">${s("community.heading")}</h3>
    <p class="hint">${s("community.intro")}</p>
    <p id="community-none" hidden>${s("community.none")}</p>
    <ul id="community-channels" class="dash-list"></ul>
    <@l.confirmBox id="community-confirm" yes=s("community.removeYes") no=s("community.removeNo") class="staff-panel staff-confirm"/>
    <form id="community-add" class="api-form staff-panel" novalidate aria-labelledby="community-add-heading">
      <h4 id="community-add-heading">${s("community.add")}</h4>
      <p class="field"><label for="community-kind">${s("community.kindField")}</label>
      <select id="community-kind" name="kind">
        <#list ["slack", "discord", "teams", "matrix", "whatsapp", "telegram", "docs", "call", "link"] as k>
        <option value="${k}">${s("community.kind." + k)}</option>
        </#list>
      </select></p>
      <p class="field"><label for="community-label">${s("community.labelField")}</label>
      <input id="community-label" name="label" type="text" required maxlength="80" aria-describedby="community-label-hint">
      <span id="community-label-hint" class="hint">${s("community.labelHint")}</span></p>
      <p class="field"><label for="community-url">${s("community.urlField")}</label>
      <input id="community-url" name="url" type="url" required maxlength="500" inputmode="url" aria-describedby="community-url-hint">
      <span id="community-url-hint" class="hint">${s("community.urlHint")}</span></p>
      <fieldset id="community-call" class="field" hidden>
        <legend>${s("community.callFields")}</legend>
        <p class="field"><label for="community-day">${s("community.dayField")}</label>
        <#-- No day or time is chosen for the LCM: a call saved on a default was published at an hour nobody picked. -->
        <select id="community-day" name="day" required>
          <option value="">${s("community.dayChoose")}</option>
          <#list ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as d><option value="${d}">${s("community.day." + d)}</option></#list>
        </select></p>
        <p class="field"><label for="community-time">${s("community.timeField")}</label>
        <input id="community-time" name="time" type="time" required></p>
        <p class="field"><label for="community-zone">${s("community.zoneField")}</label>
        <select id="community-zone" name="timezone"><@l.zoneOptions lang=lang/></select></p>
        <p class="field"><label for="community-duration">${s("community.durationField")}</label>
        <input id="community-duration" name="durationMinutes" type="number" min="15" max="240" step="5" value="60"></p>
      </fieldset>
      <p><button type="submit">${s("community.addButton")}</button></p>
      <p role="status" class="team-state"></p>
    </form>
    <h4 id="community-hook-heading">${s("community.hook.heading")}</h4>
    <p class="hint">${s("community.hook.intro")}</p>
    <ul id="community-hooks" class="dash-list"></ul>
    <form id="community-hook" class="api-form staff-panel" novalidate aria-labelledby="community-hook-heading">
      <p class="field"><label for="hook-audience">${s("community.hook.audience")}</label>
      <select id="hook-audience" name="audience">
        <option value="learners">${s("community.hook.audience.learners")}</option>
        <option value="staff">${s("community.hook.audience.staff")}</option>
      </select></p>
      <p class="field"><label for="hook-kind">${s("community.hook.kind")}</label>
      <select id="hook-kind" name="kind">
        <#list ["slack", "discord", "teams", "json"] as k><option value="${k}">${s("community.hook.kind." + k)}</option></#list>
      </select></p>
      <p class="field"><label for="hook-url">${s("community.hook.url")}</label>
      <input id="hook-url" name="url" type="url" required autocomplete="off" spellcheck="false" aria-describedby="hook-url-hint">
      <span id="hook-url-hint" class="hint">${s("community.hook.urlHint")}</span></p>
      <fieldset id="hook-reminder" class="field">
        <legend>${s("community.hook.reminder")}</legend>
        <p class="field"><label for="hook-day">${s("community.dayField")}</label>
        <select id="hook-day" name="reminderDay">
          <#list ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as d><option value="${d}">${s("community.day." + d)}</option></#list>
        </select></p>
        <p class="field"><label for="hook-time">${s("community.timeField")}</label>
        <input id="hook-time" name="reminderTime" type="time" value="09:00"></p>
        <p class="field"><label for="hook-zone">${s("community.zoneField")}</label>
        <select id="hook-zone" name="reminderZone"><@l.zoneOptions lang=lang/></select></p>
      </fieldset>
      <p><button type="submit">${s("community.hook.save")}</button></p>
      <p role="status" class="team-state"></p>
    </form>
    <h4 id="community-faq-heading">${s("community.faq.heading")}</h4>
    <p class="hint">${s("community.faq.intro")}</p>
    <ul id="community-faq" class="dash-list"></ul>
    <form id="community-faq-add" class="api-form staff-panel" novalidate aria-labelledby="community-faq-heading">
      <p class="field"><label for="faq-question">${s("community.faq.question")}</label>
      <input id="faq-question" name="question" type="text" required maxlength="300"></p>
      <p class="field"><label for="faq-answer">${s("community.faq.answer")}</label>
      <textarea id="faq-answer" name="answer" required maxlength="3000"></textarea></p>
      <p><button type="submit">${s("community.faq.add")}</button></p>
      <p role="status" class="team-state"></p>
    </form>
    <h4>${s("community.log.heading")}</h4>
    <#-- Which clock the times are on (js/community.js): the reader's, which may not be the reminder's zone above. -->
    <p id="community-log-zone" class="hint" hidden></p>
    <ul id="community-log" class="dash-list"></ul>
  </section>
  <#include "moderation.ftl">

  <section aria-labelledby="dash-charts-heading">
    <h3 id="dash-charts-heading">${s("dash.charts")}</h3>
    <div class="dash-charts">
      <figure id="chart-progress" class="dash-chart"><figcaption>${s("dash.chart.progress")}</figcaption></figure>
      <figure id="chart-rate" class="dash-chart"><figcaption>${s("dash.chart.rate")}</figcaption></figure>
      <figure id="chart-mood" class="dash-chart"><figcaption>${s("dash.chart.mood")}</figcaption></figure>
    </div>
  </section>
</div>
<#-- The guides and path steps the report form recommends. -->
<@rs.catalogue lang=lang/>
