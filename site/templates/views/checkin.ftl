<#ftl output_format="HTML">
<#-- The weekly check-in on its own page: for a browser without JavaScript (the key is pasted),
     or one that holds the key already (learner-key.js; the key field is then hidden). The
     learner's own page (me.html) carries the same form. -->
<#import "/learner.ftl" as lf>
<div class="prose">${content.body?no_esc}</div>
<div class="learner-panel">
<#-- The weeks the form takes, in words, for a learner whose key this browser holds (checkin-weeks.js):
     after the cohort's end, that their own plan keeps it open. -->
<p class="learner-state" id="checkin-weeks" role="status" hidden data-me-page="${l.page(lang, "me")}"></p>
<#-- Their own plan's hours a week, as My page says them (checkin-weeks.js, with the key held here). -->
<p class="learner-state" id="checkin-plan" hidden></p>
<@lf.checkinForm lang=lang errorPage=l.page(lang, "checkin") + "#checkin-error"/>
</div>
