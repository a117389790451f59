package locale

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

func TestIsC(t *testing.T) {
	t.Parallel()
	for v, want := range map[string]bool{
		"C": true, "C.UTF-8": true, "C.utf8": true, "POSIX": true, "C@euro": true,
		"": false, "en_US.UTF-8": false, "tr_TR.UTF-8": false, "ru_RU": false, "Ca": false,
	} {
		if got := isC(v); got != want {
			t.Errorf("isC(%q) = %v, want %v", v, got, want)
		}
	}
}

// TestClean checks the locale Fyne sees after Clean, for the variables a
// user may have set. Three (C with LANG or LANGUAGE set too) failed when
// only the variables that said C were unset: those then chose a language.
func TestClean(t *testing.T) {
	for _, tc := range []struct {
		env  map[string]string
		want fyne.Locale
	}{
		{map[string]string{"LC_ALL": "C.UTF-8", "LANG": "de_DE.UTF-8"}, "en"},
		{map[string]string{"LC_MESSAGES": "POSIX", "LANGUAGE": "fr:de"}, "en"},
		{map[string]string{"LANG": "C.UTF-8"}, "en"},
		{map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "ru"}, "en"},
		{map[string]string{"LANG": "de_DE.UTF-8"}, "de-DE"},
		{map[string]string{"LC_ALL": "tr_TR.UTF-8", "LANG": "C"}, "tr-TR"},
		{map[string]string{"LANG": "en_GB.UTF-8", "LANGUAGE": "fr"}, "fr"},
		{map[string]string{}, "en"},
	} {
		for _, n := range append(vars, "LANGUAGE") {
			t.Setenv(n, tc.env[n])
			if _, set := tc.env[n]; !set {
				os.Unsetenv(n)
			}
		}
		Clean()
		if got := lang.SystemLocale(); got != tc.want {
			t.Errorf("%v: Fyne sees %q, want %q", tc.env, got, tc.want)
		}
	}
}

// TestInitRunsBeforeFyne builds a program that links this package and
// Fyne's lang, as the editor does, and runs it under C.UTF-8: Fyne's init
// must not have seen the C locale (it would log "Error parsing user
// locale"), and the trace of initialisers must show this package first.
func TestInitRunsBeforeFyne(t *testing.T) {
	t.Parallel()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatal("no go command to build the probe:", err)
	}
	bin := filepath.Join(t.TempDir(), "probe")
	if out, err := exec.Command(goTool, "build", "-o", bin, "./testdata/probe").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "LANG=C.UTF-8", "LC_ALL=", "LC_MESSAGES=", "LANGUAGE=", "GODEBUG=inittrace=1")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("probe: %v\n%s", err, stderr.String())
	}
	if strings.Contains(stderr.String(), "Fyne error") {
		t.Errorf("Fyne read the C locale before this package cleared it:\n%s", stderr.String())
	}
	if got := strings.TrimSpace(string(out)); got != "en" {
		t.Errorf("Fyne sees %q, want en", got)
	}
	ours := strings.Index(stderr.String(), "init github.com/argmap/argmap/internal/locale ")
	fyneLang := strings.Index(stderr.String(), "init fyne.io/fyne/v2/lang ")
	if ours < 0 || fyneLang < 0 || ours > fyneLang {
		t.Errorf("initialisers: this package at %d, fyne.io/fyne/v2/lang at %d in the trace, want this one first:\n%s", ours, fyneLang, stderr.String())
	}
}
