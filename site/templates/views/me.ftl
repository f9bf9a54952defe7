<#ftl output_format="HTML">
<#--
  The learner's own page, one template for both languages. learner.js fills it from GET /api/me
  with the key that learner-key.js holds (from the personal link's fragment). Without JavaScript
  it says what still works (the check-in page, and the link form below, which posts to the API).
-->
<#import "/learner.ftl" as lf>
<#import "/resources.ftl" as rs>
<div class="learner" data-learner-home>
  <noscript>
    <p class="notice">${l.t(lang, "me.noscript")}</p>
    <p class="actions"><a class="button" href="${l.page(lang, "checkin")}">${l.t(lang, "checkinLink")}</a></p>
    <div class="learner-grid">
      <section class="learner-panel" aria-labelledby="me-noscript-places-title">
        <h2 id="me-noscript-places-title">${l.t(lang, "community.me.noscriptHeading")}</h2>
        <p>${l.t(lang, "community.me.noscriptPlaces")}</p>
        <p><a href="#link">${l.t(lang, "link.heading")}</a></p>
      </section>
      <section class="learner-panel" aria-labelledby="me-noscript-lcm-title">
        <h2 id="me-noscript-lcm-title">${l.t(lang, "me.lcm.heading")}</h2>
        <p>${l.t(lang, "me.lcm.text")}</p>
      </section>
      <#-- Leaving without a script: POST /api/me/withdraw, as the page's button, with the pasted key;
           it lands on the page that says it is done, or back here with what went wrong. -->
      <section class="learner-panel" aria-labelledby="me-leave-title">
        <h2 id="me-leave-title">${l.t(lang, "me.leave.heading")}</h2>
        <@lf.leaveForm lang=lang errorPage=l.page(lang, "me") + "#leave-error"/>
      </section>
    </div>
  </noscript>
  <#-- Information by default (notice-info); learner.js gives a problem (a refused link, no answer) the warm border. -->
  <p class="notice notice-info" id="me-message" role="status" hidden></p>

  <div id="me-home" class="learner-grid" hidden>
    <section class="learner-panel learner-status" aria-labelledby="me-status-title">
      <h2 id="me-status-title">${l.t(lang, "me.status.heading")}</h2>
      <p id="me-hello" class="learner-hello"></p>
      <p id="me-status"></p>
      <ul id="me-cohort" class="learner-facts"></ul>
      <#-- Waiting while another cohort of the path has a seat: the seat, taken in one step (learner.js). -->
      <div id="me-elsewhere" class="seat-elsewhere" hidden>
        <p id="me-elsewhere-text"></p>
        <p class="staff-actions" id="me-move-actions"><button type="button" class="button button-choice" id="me-move"></button></p>
        <#-- The path's other cohorts with a seat, each with its own button: the one a learner asked
             for on the path's page is among them, whichever comes first. -->
        <ul id="me-elsewhere-more" class="seat-elsewhere-more" hidden></ul>
        <@l.confirmBox id="me-move-confirm" yes=l.t(lang, "me.elsewhere.yes") no=l.t(lang, "me.elsewhere.keep")/>
      </div>
      <p id="me-move-status" class="staff-status" role="status" tabindex="-1" hidden></p>
      <p id="me-standing" hidden></p>
      <ul id="me-again" class="plain" hidden>
        <li><a id="me-again-link" href="${l.page(lang, "paths")}">${l.t(lang, "me.again")}</a></li>
        <li><a href="${l.page(lang, "paths")}">${l.t(lang, "me.againOther")}</a></li>
      </ul>
    </section>

    <section class="learner-panel" id="me-plan" aria-labelledby="me-plan-title" hidden>
      <h2 id="me-plan-title">${l.t(lang, "plans.plan.heading")}</h2>
      <ul id="me-plan-facts" class="learner-facts"></ul>
      <h3>${l.t(lang, "plans.plan.objectives")}</h3>
      <ul id="me-objectives" class="plan-objectives"></ul>
      <p id="me-objectives-none" class="hint" hidden>${l.t(lang, "plans.plan.noObjective")}</p>
      <p id="me-plan-origin" class="hint"></p>
      <div id="me-report" class="plan-report" hidden>
        <h3 id="me-report-title" tabindex="-1">${l.t(lang, "plans.report.heading")}</h3>
        <p id="me-report-date"></p>
        <p id="me-report-notes" class="plan-notes"></p>
        <p id="me-report-plan">${l.t(lang, "plans.report.planChanged")}</p>
        <ul id="me-report-changes" class="plan-changes" hidden></ul>
        <div id="me-report-resources-box">
          <h4>${l.t(lang, "plans.report.resources")}</h4>
          <ul id="me-report-resources"></ul>
        </div>
        <p id="me-report-next"></p>
        <#-- The question the two answers reply to: is the mentor's report accurate? -->
        <div id="me-report-answer" role="group" aria-labelledby="me-report-question">
          <p id="me-report-question" class="field-title">${l.t(lang, "plans.report.question")}</p>
          <p class="staff-actions">
            <button type="button" class="button" id="me-report-confirm">${l.t(lang, "plans.report.confirm")}</button>
            <button type="button" class="button-secondary" id="me-report-again">${l.t(lang, "plans.report.talkAgain")}</button>
          </p>
        </div>
        <p id="me-report-answered" class="notice" role="status" tabindex="-1" hidden></p>
        <#-- Reports on earlier 1:1s still waiting for the learner's answer (my-plan.js): one button each,
             naming the 1:1, shows that report in this block; the last 1:1's report is always one button away. -->
        <div id="me-report-others" class="plan-report-others" hidden>
          <div id="me-report-earlier" hidden>
            <h4 id="me-report-earlier-title">${l.t(lang, "plans.report.earlier")}</h4>
            <ul id="me-report-earlier-list" class="plan-earlier" aria-labelledby="me-report-earlier-title"></ul>
          </div>
          <p id="me-report-back" hidden><button type="button" class="button-secondary" id="me-report-last">${l.t(lang, "plans.report.backToLast")}</button></p>
        </div>
      </div>
    </section>

    <section class="learner-panel" id="me-checkin" aria-labelledby="me-checkin-title">
      <h2 id="me-checkin-title">${l.t(lang, "me.checkin.heading")}</h2>
      <p id="me-checkin-state" class="learner-state" hidden></p>
      <div id="me-checkin-box" hidden>
        <p class="hint">${l.t(lang, "me.checkin.intro")}</p>
        <@lf.checkinForm lang=lang errorPage=l.page(lang, "checkin") + "#checkin-error" withKey=false/>
      </div>
    </section>

    <section class="learner-panel" id="me-history-section" aria-labelledby="me-history-title">
      <h2 id="me-history-title">${l.t(lang, "me.history.heading")}</h2>
      <figure class="dash-chart learner-chart" id="me-chart" hidden>
        <figcaption>${l.t(lang, "me.chart.title")}</figcaption>
        <p class="hint">${l.t(lang, "me.chart.legend")}</p>
      </figure>
      <div id="me-history" class="table-box"></div>
    </section>

    <section class="learner-panel" id="me-mentor" aria-labelledby="me-mentor-title" hidden>
      <h2 id="me-mentor-title">${l.t(lang, "me.mentor.heading")}</h2>
      <div id="me-mentor-details"></div>
      <div id="me-one-to-one" hidden>
        <h3>${l.t(lang, "me.oneToOne.heading")}</h3>
        <p id="me-series" hidden></p>
        <ul id="me-meetings" class="learner-meetings" hidden></ul>
        <p id="me-next" class="learner-next" hidden></p>
        <p id="me-mentor-time" hidden></p>
        <p id="me-where" hidden></p>
        <p><button type="button" class="button-secondary" id="me-ics">${l.t(lang, "me.oneToOne.ics")}</button></p>
        <#-- Another time for one meeting (js/me-proposal.js). -->
        <div id="me-proposal" hidden>
          <div id="me-proposal-state" hidden></div>
          <details class="staff-details">
            <summary>${l.t(lang, "me.proposal.summary")}</summary>
            <form id="me-proposal-form" novalidate>
              <div class="field">
                <label for="me-proposal-meeting">${l.t(lang, "me.proposal.meeting")}</label>
                <select id="me-proposal-meeting" name="meeting"></select>
              </div>
              <div class="field">
                <label for="me-proposal-date">${l.t(lang, "me.proposal.date")}</label>
                <input type="date" id="me-proposal-date" name="date" required aria-describedby="me-proposal-date-error">
                <p class="field-error" id="me-proposal-date-error" hidden></p>
              </div>
              <div class="field">
                <label for="me-proposal-time">${l.t(lang, "me.proposal.time")}</label>
                <input type="time" id="me-proposal-time" name="time" required aria-describedby="me-proposal-zone me-proposal-time-error">
                <p class="hint" id="me-proposal-zone" data-zone></p>
                <p class="field-error" id="me-proposal-time-error" hidden></p>
              </div>
              <div class="field">
                <label for="me-proposal-message">${l.t(lang, "me.proposal.message")}</label>
                <textarea id="me-proposal-message" name="message" maxlength="500" aria-describedby="me-proposal-message-error"></textarea>
                <p class="field-error" id="me-proposal-message-error" hidden></p>
              </div>
              <button type="submit">${l.t(lang, "me.proposal.submit")}</button>
            </form>
          </details>
          <p id="me-proposal-status" class="staff-status" role="status" hidden></p>
        </div>
      </div>
      <details id="me-rematch-box" class="staff-details" hidden>
        <summary>${l.t(lang, "me.rematch.summary")}</summary>
        <form id="me-rematch" novalidate>
          <div class="field">
            <label for="me-rematch-reason">${l.t(lang, "me.rematch.label")}</label>
            <textarea id="me-rematch-reason" name="reason" maxlength="500" required></textarea>
          </div>
          <button type="submit">${l.t(lang, "me.rematch.submit")}</button>
        </form>
      </details>
      <p id="me-mentor-status" class="staff-status" role="status" hidden></p>
    </section>

    <#-- The cohort's places (js/community-me.js, from GET /api/me/channels; enrolled learners only). -->
    <section class="learner-panel" id="me-community" aria-labelledby="me-community-title" hidden>
      <h2 id="me-community-title">${l.t(lang, "community.me.heading")}</h2>
      <p id="me-channels-intro">${l.t(lang, "community.me.intro")}</p>
      <p id="me-channels-none" hidden>${l.t(lang, "community.me.none")}</p>
      <ul id="me-channels" class="community-places"></ul>
      <div id="me-faq-box" hidden>
        <h3>${l.t(lang, "community.me.faq")}</h3>
        <div id="me-faq"></div>
      </div>
      <div id="me-conduct-box" hidden>
        <h3 id="me-conduct" tabindex="-1">${l.t(lang, "community.me.conduct")}</h3>
        <p class="hint">${l.t(lang, "community.me.conductIntro")}</p>
        <div id="me-conduct-text" class="community-conduct"></div>
      </div>
      <form id="me-share" class="community-share" novalidate>
        <div class="field consent">
          <input id="me-share-name" name="shareFirstName" type="checkbox" aria-describedby="me-share-hint">
          <label for="me-share-name">${l.t(lang, "community.me.share")}</label>
        </div>
        <p class="hint" id="me-share-hint">${l.t(lang, "community.me.shareHint")}</p>
        <p class="staff-status" role="status"></p>
      </form>
      <details class="staff-details" id="me-problem">
        <summary>${l.t(lang, "community.me.report")}</summary>
        <form id="me-problem-form" novalidate>
          <p class="hint">${l.t(lang, "community.me.reportIntro")}</p>
          <p class="field"><label for="me-problem-about">${l.t(lang, "community.me.reportAbout")}</label>
          <select id="me-problem-about" name="about">
            <#list ["message", "behaviour", "other"] as a><option value="${a}">${l.t(lang, "community.me.about_" + a)}</option></#list>
          </select></p>
          <p class="field"><label for="me-problem-text">${l.t(lang, "community.me.reportText")}</label>
          <textarea id="me-problem-text" name="text" required maxlength="2000" rows="4"></textarea></p>
          <p><button type="submit">${l.t(lang, "community.me.reportSend")}</button></p>
          <p class="staff-status" role="status" tabindex="-1"></p>
        </form>
      </details>
      <div id="me-reports-box" hidden>
        <h3 id="me-reports-title">${l.t(lang, "community.me.reports")}</h3>
        <p class="hint">${l.t(lang, "community.me.reportsIntro")}</p>
        <ul id="me-reports" class="community-reports" aria-labelledby="me-reports-title"></ul>
      </div>
    </section>

    <section class="learner-panel" id="me-lcm" aria-labelledby="me-lcm-title">
      <h2 id="me-lcm-title">${l.t(lang, "me.lcm.heading")}</h2>
      <p id="me-lcm-text">${l.t(lang, "me.lcm.text")}</p>
    </section>

    <section class="learner-panel" aria-labelledby="me-data-title">
      <h2 id="me-data-title">${l.t(lang, "me.data.heading")}</h2>
      <p class="staff-actions" id="me-data-actions">
        <button type="button" class="button-secondary" id="me-withdraw">${l.t(lang, "me.data.withdraw")}</button>
        <button type="button" class="button-secondary" id="me-export">${l.t(lang, "me.data.export")}</button>
        <button type="button" class="button-secondary" id="me-erase">${l.t(lang, "me.data.erase")}</button>
      </p>
      <#-- Leaving and erasing are asked for here, in the page (learner.js), not in a browser dialog. -->
      <@l.confirmBox id="me-data-confirm" yes="" no=l.t(lang, "me.data.keep")/>
      <p id="me-data-status" class="staff-status" role="status" tabindex="-1" hidden></p>
    </section>

    <section class="learner-panel" aria-labelledby="me-device-title">
      <h2 id="me-device-title">${l.t(lang, "me.device.heading")}</h2>
      <p>${l.t(lang, "me.device.text")}</p>
      <p><button type="button" class="button-secondary" id="me-forget">${l.t(lang, "me.device.forget")}</button></p>
    </section>
  </div>

  <section class="learner-panel" id="link" aria-labelledby="link-title">
    <h2 id="link-title">${l.t(lang, "link.heading")}</h2>
    <p>${l.t(lang, "link.intro")}</p>
    <@lf.linkForm lang=lang errorPage=l.page(lang, "me") + "#link-error"/>
  </section>
</div>
<@rs.catalogue lang=lang/>
