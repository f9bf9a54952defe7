<#ftl output_format="HTML">
<#-- The weekly check-in on its own page: for a browser without JavaScript (the key is pasted),
     or one that holds the key already (learner-key.js; the key field is then hidden). The
     learner's own page (me.html) carries the same form. -->
<#import "/learner.ftl" as lf>
<div class="prose">${content.body?no_esc}</div>
<div class="learner-panel">
<@lf.checkinForm lang=lang errorPage=l.page(lang, "checkin") + "#checkin-error"/>
</div>
