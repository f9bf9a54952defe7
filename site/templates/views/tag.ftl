<#ftl output_format="HTML">
<#assign tag = (content.tag!"")?trim>
<div class="prose">${content.body?no_esc}</div>
<@l.guideList lang=lang items=l.guidesWith("tags", tag, lang) level=2/>
<@l.taxonomyNav lang=lang/>
