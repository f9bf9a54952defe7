<#-- The LCMs' guide editor and review (js/guides.js): change sets, the form of each guide, its
     preview rendered by the site's own bake, comments, approval; published guides and their versions.
     The roles and topics come from the site's taxonomy, with their labels in the page's language. -->
<#assign roleLabels = l.taxonomy("role")?map(r -> "\"" + r + "\":\"" + l.label("role", r, lang)?json_string + "\"")?join(",")>
<#assign tagLabels = l.taxonomy("tag")?map(r -> "\"" + r + "\":\"" + l.label("tag", r, lang)?json_string + "\"")?join(",")>
<div id="guides-app" data-roles="{${roleLabels?html}}" data-tags="{${tagLabels?html}}" hidden>
  <section class="staff-panel" aria-labelledby="guides-sets-title">
    <h2 id="guides-sets-title">${s("guides.sets")}</h2>
    <p class="hint">${s("guides.setsHint")}</p>
    <#-- A link (?set=) to a change set the hub does not have: said here, above the way on. -->
    <p id="guides-link-gone" class="notice" role="status" tabindex="-1" hidden></p>
    <ul id="guides-sets" class="staff-list"></ul>
    <p class="staff-actions"><button type="button" id="guides-new">${s("guides.new")}</button></p>
    <div id="guides-site-box" hidden>
      <div class="field">
        <label for="guides-site">${s("guides.siteGuide")}</label>
        <select id="guides-site" aria-describedby="guides-site-hint"><option value="">${s("guides.siteChoose")}</option></select>
        <p class="hint" id="guides-site-hint"><span id="guides-site-pair">${s("guides.siteHintAny")}</span> ${s("guides.siteHint")}</p>
      </div>
      <p class="staff-actions"><button type="button" id="guides-edit-site" class="button-secondary">${s("guides.editSite")}</button></p>
      <p id="guides-site-status" class="staff-status" role="status" hidden></p>
    </div>
  </section>

  <section id="guides-editor" aria-labelledby="guides-editor-title" hidden>
    <h2 id="guides-editor-title" tabindex="-1">${s("guides.editor")}</h2>
    <p id="guides-set-state" class="hint"></p>
    <div class="guides-workspace">
      <form id="guides-form" novalidate>
        <div id="guides-errors" class="form-errors" tabindex="-1" aria-labelledby="guides-errors-title" hidden>
          <h3 id="guides-errors-title">${s("errorSummary")}</h3>
          <ul></ul>
        </div>
        <div id="guides-forms"></div>
        <p class="staff-actions">
          <button type="button" id="guides-add-translation" class="button-secondary">${s("guides.addTranslation")}</button>
        </p>
        <p class="staff-actions">
          <button type="submit" id="guides-save">${s("guides.save")}</button>
          <button type="button" id="guides-submit" class="button-secondary">${s("guides.submit")}</button>
        </p>
        <p id="guides-status" class="staff-status" role="status" hidden></p>
      </form>
      <#-- Focusable: beside the forms it scrolls on its own (a long guide), by keyboard too. -->
      <section class="guides-preview" aria-labelledby="guides-preview-title" tabindex="0">
        <h3 id="guides-preview-title">${s("guides.preview")}</h3>
        <p class="hint">${s("guides.previewHint")}</p>
        <p id="guides-preview-status" class="hint" role="status"></p>
        <div id="guides-preview" class="guides-preview-page"></div>
      </section>
    </div>

    <#-- Shown once the set is saved: before that there is nothing to comment on or review. -->
    <section id="guides-review-box" class="staff-panel" aria-labelledby="guides-review-title" hidden>
      <h3 id="guides-review-title">${s("guides.review")}</h3>
      <h4>${s("guides.comments")}</h4>
      <ul id="guides-comments" class="staff-list"></ul>
      <div class="field">
        <label for="guides-comment">${s("guides.comment")}</label>
        <textarea id="guides-comment" rows="3" maxlength="2000" data-field="comment"></textarea>
      </div>
      <p class="staff-actions">
        <button type="button" id="guides-add-comment" class="button-secondary">${s("guides.addComment")}</button>
        <button type="button" id="guides-request-changes" class="button-secondary">${s("guides.requestChanges")}</button>
        <button type="button" id="guides-approve">${s("guides.approve")}</button>
      </p>
      <@l.confirmBox id="guides-confirm" yes=s("guides.confirmYes") no=s("guides.confirmNo") class="staff-panel staff-confirm">
        <ul id="guides-confirm-links" class="staff-list"></ul>
        <p id="guides-confirm-comment" hidden></p>
      </@l.confirmBox>
      <div id="guides-review-status" class="staff-status" role="status" tabindex="-1" hidden></div>
    </section>
  </section>

  <section class="staff-panel" aria-labelledby="guides-published-title">
    <h2 id="guides-published-title">${s("guides.published")}</h2>
    <ul id="guides-published" class="staff-list"></ul>
    <#-- Moved beside the guide it asks about; back here when the list is drawn again. -->
    <div id="guides-published-box">
      <@l.confirmBox id="guides-unpublish-confirm" yes=s("guides.unpublishYes") no=s("guides.confirmNo") class="staff-panel staff-confirm">
        <p id="guides-unpublish-link"></p>
      </@l.confirmBox>
    </div>
    <div id="guides-history" hidden>
      <h3 id="guides-history-title" tabindex="-1"></h3>
      <ul id="guides-versions" class="staff-list"></ul>
      <div id="guides-diff" class="guides-diff" hidden></div>
      <p id="guides-history-status" class="staff-status" role="status" tabindex="-1" hidden></p>
    </div>
  </section>
</div>
