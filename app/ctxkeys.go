package app

import "fyne.io/fyne/v2"

// ctxAliases names the main menu item whose shortcut a context menu item
// shares when their labels differ.
var ctxAliases = map[string]string{"Delete Argument": "Delete"}

// withShortcuts shows on the context menu's items (and their submenus)
// the shortcuts of the main menu's items of the same name, so that the
// right click teaches the keys as the menu bar does. The items are new
// for each menu; the main menu's are not touched.
func (mm *menus) withShortcuts(items []*fyne.MenuItem) []*fyne.MenuItem {
	if mm.main == nil {
		return items
	}
	keys := map[string]fyne.Shortcut{}
	var walk func([]*fyne.MenuItem)
	walk = func(its []*fyne.MenuItem) {
		for _, it := range its {
			if it.Shortcut != nil {
				if _, dup := keys[it.Label]; !dup {
					keys[it.Label] = it.Shortcut
				}
			}
			if it.ChildMenu != nil {
				walk(it.ChildMenu.Items)
			}
		}
	}
	for _, m := range mm.main.Items {
		walk(m.Items)
	}
	var set func([]*fyne.MenuItem)
	set = func(its []*fyne.MenuItem) {
		for _, it := range its {
			label := it.Label
			if a, ok := ctxAliases[label]; ok {
				label = a
			}
			if it.Shortcut == nil {
				it.Shortcut = keys[label]
			}
			if it.ChildMenu != nil {
				set(it.ChildMenu.Items)
			}
		}
	}
	set(items)
	return items
}
