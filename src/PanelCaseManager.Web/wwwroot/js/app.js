// Progressive enhancement only: every page works without this script.
// Imported relative to this file (/js/app.js), so that they load under a path base too (docs/adr/0243).
import { initAll as initGovuk } from '../lib/govuk-frontend.min.js'
import { initAll as initMoj } from '../lib/moj-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initGovuk()
initMoj()

// On a narrow screen a list's filter starts closed, so that the list comes first; it stays open while filters are
// chosen or a field is wrong. Without this script it is simply open, in the page's flow.
if (window.matchMedia('(max-width: 48.0525em)').matches) {
  for (const filter of document.querySelectorAll('details.app-filter')) {
    if (!filter.querySelector('.moj-filter__selected, .govuk-form-group--error')) {
      filter.open = false
    }
  }
}

// A long list of settings to choose from becomes an autocomplete (GOV.UK's accessible-autocomplete, loaded by the
// pages that have one); without the script it stays a plain list.
if (window.accessibleAutocomplete) {
  for (const select of document.querySelectorAll('.app-autocomplete select')) {
    window.accessibleAutocomplete.enhanceSelectElement({
      selectElement: select,
      defaultValue: select.value ? select.options[select.selectedIndex].text : '',
      showAllValues: true,
      tNoResults: () => 'No school or setting in the catalogue matches: choose "not in the catalogue" above to type it'
    })
  }
}
