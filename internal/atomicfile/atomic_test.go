package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestWriteFileAtomicFailure simulates a crash between writing the new file
// and renaming it over the old one: the old file must be intact and no
// temporary file left behind.
func TestWriteFileAtomicFailure(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "m.argmap.json")
	if err := os.WriteFile(path, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	crash := errors.New("simulated crash")
	var tmpSeen string
	beforeRename := func(tmp string) error {
		tmpSeen = tmp
		if data, err := os.ReadFile(tmp); err != nil || string(data) != "new" {
			t.Errorf("temporary file holds %q, %v; want the whole new data", data, err)
		}
		return crash
	}
	if err := writeFile(path, []byte("new"), LinkSafe, beforeRename); !errors.Is(err, crash) {
		t.Fatalf("WriteFile = %v, want the simulated crash", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "old" {
		t.Errorf("after a failed save the file holds %q, want %q", data, "old")
	}
	if filepath.Dir(tmpSeen) != dir {
		t.Errorf("temporary file %s is not in the target's folder", tmpSeen)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("folder holds %d files after a failed save, want 1", len(entries))
	}
}

func TestWriteFileAtomic(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "m.argmap.json")
	// A new file.
	if err := WriteFile(path, []byte("one")); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o644 {
		t.Fatalf("new file: %v, mode %v; want 0644", err, st.Mode())
	}
	// Replacing keeps the old mode.
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("two")); err != nil {
		t.Fatal(err)
	}
	st, _ = os.Stat(path)
	if data, _ := os.ReadFile(path); string(data) != "two" || st.Mode().Perm() != 0o600 {
		t.Errorf("after replace: %q, mode %v; want %q, 0600", data, st.Mode().Perm(), "two")
	}
	// Through a symbolic link the target is replaced and the link kept.
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink(path, link); err != nil {
		t.Skip("no symbolic links:", err)
	}
	if err := WriteFile(link, []byte("three")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	if data, _ := os.ReadFile(path); string(data) != "three" {
		t.Errorf("link target holds %q, want %q", data, "three")
	}
	// A folder is not overwritten.
	if err := WriteFile(dir, []byte("x")); err == nil {
		t.Error("WriteFile over a folder succeeded")
	}
}

// TestWriteFileAtomicRemovesStaleTemps: temporary files that killed saves
// left next to a file go with the next save of it, and nothing else does:
// not a save in progress (locked), not a recent one, not another name.
func TestWriteFileAtomicRemovesStaleTemps(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "m.argmap.json")
	old := time.Now().Add(-time.Hour)
	mk := func(name string, age time.Time) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("partial"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, age, age); err != nil {
			t.Fatal(err)
		}
		return p
	}
	stale := mk(".m.argmap.json.tmp123456", old)
	recent := mk(".m.argmap.json.tmp777", time.Now())
	other := mk(".m.argmap.json.tmpnotours", old)
	otherFile := mk(".n.argmap.json.tmp42", old)
	busy := mk(".m.argmap.json.tmp999", old)
	f, err := os.Open(busy)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lockFile(f) // a save in progress in another process
	if err := WriteFile(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]bool{stale: false, recent: true, other: true, otherFile: true, busy: lockingWorks} {
		if _, err := os.Stat(p); (err == nil) != want {
			t.Errorf("%s: exists %v after the save, want %v", filepath.Base(p), err == nil, want)
		}
	}
}

// TestWriteFileAtomicErrorsNameTheTarget: a failed save names the file
// saved, never the temporary file it was writing.
func TestWriteFileAtomicErrorsNameTheTarget(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "missing", "m.argmap.json")
	err := WriteFile(path, []byte("x"))
	if err == nil || !strings.Contains(err.Error(), path) || strings.Contains(err.Error(), ".tmp") {
		t.Errorf("error %v, want one naming %s and no temporary file", err, path)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("error %v lost its cause", err)
	}
}

// TestWriteFileAtomicLinks: a link is written through only when it is the
// user's and leads into its own folder; otherwise the save is refused,
// naming where the link leads, unless the caller says to follow it or to
// replace the link.
func TestWriteFileAtomicLinks(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	shared := filepath.Join(root, "shared")
	home := filepath.Join(root, "home")
	for _, d := range []string{shared, home, filepath.Join(shared, "sub")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name      string
		target    string // where the link leads
		otherUser bool   // the link belongs to another user
		policy    LinkPolicy
		wantErr   string // "" when the save goes through
		written   string // the file that must hold the new data
	}{
		{"own link in the folder", filepath.Join(shared, "sub", "real.json"), false, LinkSafe, "", "target"},
		{"relative link in the folder", "sub/real.json", false, LinkSafe, "", "target"},
		{"link out of the folder", filepath.Join(home, "thesis.json"), false, LinkSafe, "leads out of its folder", ""},
		{"link up and out", "../home/thesis.json", false, LinkSafe, "leads out of its folder", ""},
		{"another user's link", filepath.Join(shared, "sub", "real.json"), true, LinkSafe, "belongs to another user", ""},
		{"followed when asked", filepath.Join(home, "thesis.json"), true, LinkFollow, "", "target"},
		{"link replaced", filepath.Join(home, "thesis.json"), true, LinkReplace, "", "link"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			link := filepath.Join(shared, "report.argmap.json")
			target := tc.target
			if !filepath.IsAbs(target) {
				target = filepath.Join(shared, target)
			}
			os.Remove(link)
			if err := os.WriteFile(target, []byte("theirs"), 0o600); err != nil {
				t.Fatal(err)
			}
			if os.Getuid() == 0 {
				_ = os.Chown(target, 4242, 4242) // another user's file
			}
			if err := os.Symlink(tc.target, link); err != nil {
				t.Fatalf("no symbolic links here: %v", err)
			}
			if tc.otherUser {
				if os.Getuid() != 0 {
					t.Skip("making a link of another user needs root (run as root to check this case)")
				}
				if err := os.Lchown(link, 4242, 4242); err != nil {
					t.Fatal(err)
				}
			}
			err := WriteFileLink(link, []byte("mine"), tc.policy)
			var le *LinkError
			switch {
			case tc.wantErr == "" && err != nil:
				t.Fatalf("save: %v", err)
			case tc.wantErr != "" && (!errors.As(err, &le) || !strings.Contains(err.Error(), tc.wantErr) || !strings.Contains(err.Error(), target)):
				t.Fatalf("save = %v, want a link error %q naming %s", err, tc.wantErr, target)
			}
			got, _ := os.ReadFile(target)
			fi, _ := os.Lstat(link)
			isLink := fi != nil && fi.Mode()&fs.ModeSymlink != 0
			switch tc.written {
			case "target":
				if string(got) != "mine" || !isLink {
					t.Errorf("target holds %q, link kept %v; want the new data through the link", got, isLink)
				}
			case "link":
				mine, _ := os.ReadFile(link)
				if string(got) != "theirs" || isLink || string(mine) != "mine" {
					t.Errorf("target %q, link kept %v, file %q; want the link replaced by the new file", got, isLink, mine)
				}
				// The new file is the user's, with the mode of a new file,
				// nothing taken from what the link pointed to.
				if uid, _ := fileOwner(fi); fi.Mode().Perm() != 0o644 || (uid != -1 && uid != os.Getuid()) {
					t.Errorf("the file in place of the link has owner %d, mode %v", uid, fi.Mode().Perm())
				}
			default:
				if string(got) != "theirs" || !isLink {
					t.Errorf("a refused save changed the target (%q) or the link (%v)", got, isLink)
				}
			}
		})
	}
}

// TestWriteFileAtomicKeepsOwner: replacing a file keeps its owner and
// group where the user may set them (root may).
func TestWriteFileAtomicKeepsOwner(t *testing.T) {
	t.Parallel()
	if os.Getuid() != 0 {
		t.Skip("giving a file another owner needs root (run as root to check this)")
	}
	path := filepath.Join(t.TempDir(), "m.argmap.json")
	if err := os.WriteFile(path, []byte("old"), 0o664); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o664); err != nil {
		t.Fatal(err)
	}
	if err := os.Chown(path, 4242, 4343); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(path)
	if uid, gid := fileOwner(fi); uid != 4242 || gid != 4343 || fi.Mode().Perm() != 0o664 {
		t.Errorf("owner %d:%d mode %v after the save, want 4242:4343 0664", uid, gid, fi.Mode().Perm())
	}
}
