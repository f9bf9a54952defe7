<#ftl output_format="HTML">
<#assign tag = (content.tag!"")?trim>
<div class="prose">${content.body?no_esc}</div>
<@l.guideList lang=lang items=l.guidesWith("tags", tag, lang)/>
<@l.taxonomyNav lang=lang/>
