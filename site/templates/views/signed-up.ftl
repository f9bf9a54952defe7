<#ftl output_format="HTML">
<#-- One page per sign-up outcome (enrolled, waitlisted, already): a form posted without
     JavaScript lands on the page its answer names (next=.../{result}.html), so each states
     exactly what happened without a script. Its fragment is the cohort's language
     (#taught-{cohort.language}): CSS shows the sentence when the learner joined a cohort taught
     in the other language, since none in theirs was open. The fragment names an empty marker
     fixed at the top of the window, so the browser does not scroll past the site's header and
     the outcome's heading: the sentence sits right under the heading, read next. -->
<#assign taught = l.other(lang)>
<span class="taught-marker" id="taught-${taught}"></span>
<p class="taught-elsewhere notice">${l.t(lang, "signup.taughtIn." + taught)}</p>
<div class="prose">${content.body?no_esc}</div>
<p class="actions">
  <a class="button" href="${l.page(lang, "paths")}">${l.t(lang, "allPaths")}</a>
  <a href="${l.page(lang, "me")}#link">${l.t(lang, "link.heading")}</a>
</p>
