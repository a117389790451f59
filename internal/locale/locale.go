// Package locale clears a C or POSIX locale from the environment before
// Fyne reads it. Fyne parses the user's locale with x/text, which refuses
// "C" and "C.UTF-8" (the default of many servers, containers and CI
// machines) and logs "Error parsing user locale C" each time. C means "no
// language", which is what no variable says too: English.
//
// Fyne v2.7.1 reads the locale (LC_ALL, LC_MESSAGES, LANG, then LANGUAGE,
// through github.com/jeandeaual/go-locale) at two moments: once in the
// init function of fyne.io/fyne/v2/lang (which loads its translations and
// picks one), before main runs, and again whenever the running editor
// calls lang.SystemLocale (font fallbacks, date formats, the driver).
//
// The later reads are Clean's job: main calls it before the editor starts,
// which depends on nothing but main. The first read happens before main;
// only an init that runs before lang's can change what it sees (or a
// process started with another environment, which would cost the editor a
// second start). This package's init is such a one, by the order the Go
// specification gives initialisation: in import-path order, each package
// as soon as its imports are done. It imports only os and strings, so it
// is ready whenever go-locale is, and its path sorts before go-locale's;
// and lang imports go-locale. TestInitRunsBeforeFyne checks this on a
// built program, so that a Fyne upgrade that reads the locale another way
// fails a test instead of printing the error again.
package locale

import (
	"os"
	"strings"
)

func init() { Clean() }

// vars are the variables go-locale reads, in gettext's order of
// precedence for messages (LANGUAGE only when the locale is not C).
var vars = []string{"LC_ALL", "LC_MESSAGES", "LANG"}

// Clean unsets the locale variables when the locale they set is C or
// POSIX: the first non-empty one of LC_ALL, LC_MESSAGES and LANG names
// it. All of them go, and LANGUAGE too: under LC_ALL=C a LANG=de_DE must
// not make the editor German (gettext ignores both then).
func Clean() {
	for _, name := range vars {
		v := os.Getenv(name)
		if v == "" {
			continue
		}
		if isC(v) {
			for _, n := range append(vars, "LANGUAGE") {
				os.Unsetenv(n)
			}
		}
		return
	}
}

// isC reports whether v names the C or POSIX locale, with or without an
// encoding ("C.UTF-8", "C.utf8", "POSIX").
func isC(v string) bool {
	base, _, _ := strings.Cut(v, ".")
	base, _, _ = strings.Cut(base, "@")
	return base == "C" || base == "POSIX"
}
