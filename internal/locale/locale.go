// Package locale clears the C and POSIX locales from the environment before
// Fyne reads them. Fyne's lang package parses the user's locale in its init
// function and logs "Error parsing user locale C" for C.UTF-8 (the default
// of many servers, containers and CI machines), on every run of every
// command. C means "no language", which is what an unset variable says too.
//
// Go initialises packages in import-path order as soon as their imports are
// ready; this package needs only os, so it runs before the locale library
// Fyne uses (github.com/jeandeaual/go-locale, which also waits for os and
// sorts after this path), and so before Fyne's lang.
package locale

import (
	"os"
	"strings"
)

func init() {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"} {
		if v, ok := os.LookupEnv(name); ok && isC(v) {
			os.Unsetenv(name)
		}
	}
}

// isC reports whether v names the C or POSIX locale, with or without an
// encoding ("C.UTF-8", "C.utf8", "POSIX").
func isC(v string) bool {
	base, _, _ := strings.Cut(v, ".")
	base, _, _ = strings.Cut(base, "@")
	return base == "C" || base == "POSIX"
}
