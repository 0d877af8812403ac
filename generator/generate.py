"""Regenerate generated/argus_api_<version>/ from spec/<version>.yaml with openapi-python-client.

Run by `make generate` (and by `make check-generated` with --check). Every spec/v<N>.yaml is generated
with the openapi-python-client and ruff pinned in pyproject.toml (this interpreter's venv, its bin/
first on PATH) into a temporary folder outside the repo, as

    openapi-python-client generate --meta none --fail-on-warning --config generator/config.yaml \
        --custom-template-path generator/templates

plus a py.typed marker (`--meta none` writes none, and without it mypy ignores an installed package's
types). Only when every spec generated cleanly is generated/argus_api_v<N>/ replaced by the result;
packages whose spec is gone are removed. The output depends only on the spec, the config and the
pinned versions: running this twice changes nothing.

    generator/generate.py              regenerate generated/
    generator/generate.py --out DIR    write the packages under DIR instead
    generator/generate.py --check      exit 1, showing what differs, if generated/ is not current
    generator/generate.py SPEC ...     only these spec files (a draft may live outside spec/)
"""

import argparse
import difflib
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SPEC_DIR = REPO / "spec"
GENERATED = REPO / "generated"
CONFIG = REPO / "generator" / "config.yaml"
# Template overrides (see the comment at the top of each): client.py (the "Token" prefix, unexpected_response),
# endpoint_module.py (sync()/asyncio() return the success model only), models_init.py (models load on use),
# model.py and property_templates/union_property.py (faster parsing: imports once, constants first).
TEMPLATES = REPO / "generator" / "templates"
# The venv this script runs in: its ruff is the one the generator's post_hooks find on PATH.
VENV_BIN = Path(sys.executable).parent
MAX_DIFF_LINES = 200


def package_name(spec: Path) -> str:
    """spec/v2.yaml -> argus_api_v2."""
    if not re.fullmatch(r"v\d+", spec.stem):
        sys.exit(f"{spec}: a spec file is named v<N>.yaml (v2.yaml -> package argus_api_v2)")
    return f"argus_api_{spec.stem}"


def show(path: Path) -> str:
    """A path as the user knows it: relative to the repo when inside it."""
    return str(path.relative_to(REPO)) if path.is_relative_to(REPO) else str(path)


def check_pinned_tools() -> None:
    """Refuse to run with other versions than pyproject.toml pins: their output differs."""
    dev = tomllib.loads((REPO / "pyproject.toml").read_text())["dependency-groups"]["dev"]
    pins = dict(req.split("==", 1) for req in dev if "==" in req)
    try:
        generator = importlib.metadata.version("openapi-python-client")
    except importlib.metadata.PackageNotFoundError:
        generator = "none"
    ruff, ruff_version = shutil.which("ruff", path=str(VENV_BIN)), "none"
    if ruff:
        ruff_says = subprocess.run([ruff, "--version"], capture_output=True, text=True, check=True).stdout
        ruff_version = ruff_says.split()[-1]  # "ruff 0.17.6"
    have = {"openapi-python-client": generator, "ruff": ruff_version}
    for tool, version in have.items():
        if version != pins[tool]:
            sys.exit(f"{tool} {version} in {VENV_BIN}, pyproject.toml pins {pins[tool]}: run `make venv` first")


def generate(specs: list[Path], dest: Path) -> None:
    """Write argus_api_<version>/ for every spec into dest, or exit showing the generator's complaint."""
    env = {
        **os.environ,
        "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        # Belt and braces: no set iteration order can leak into the output.
        "PYTHONHASHSEED": "0",
    }
    for spec in specs:
        package = dest / package_name(spec)
        command = [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(spec)]
        command += ["--meta", "none", "--fail-on-warning", "--config", str(CONFIG), "--output-path", str(package)]
        command += ["--custom-template-path", str(TEMPLATES)]
        done = subprocess.run(command, cwd=dest, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            sys.exit(f"openapi-python-client failed on {show(spec)}:\n{done.stdout}{done.stderr}")
        (package / "py.typed").write_text("# Marker file for PEP 561: this package has type annotations.\n")
        check_imports(package)


def check_imports(package: Path) -> None:
    """Import every module of a fresh package in a new interpreter, or exit: the models import the models they
    refer to at module level (our model.py template), so a cycle between them must fail here, not in use."""
    code = (
        "import importlib, pkgutil, sys\n"
        f"sys.path.insert(0, {str(package.parent)!r})\n"
        f"root = importlib.import_module({package.name!r})\n"
        "for info in pkgutil.walk_packages(root.__path__, root.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{package.name} does not import (a cycle between models?):\n{done.stderr}")


def files(root: Path) -> dict[str, bytes]:
    """Every file under root by relative path, leaving out Python's bytecode caches."""
    if not root.is_dir():
        return {}
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def compare(made: Path, out: Path, packages: list[str]) -> list[str]:
    """What differs between the fresh packages in made and those in out, as lines to print (none: same)."""
    summary: list[str] = []
    diffs: list[str] = []
    for package in packages:
        want, have = files(made / package), files(out / package)
        for name in sorted(want.keys() | have.keys()):
            shown = show(out / package / name)
            if name not in have:
                summary.append(f"  missing  {shown}")
            elif name not in want:
                summary.append(f"  extra    {shown}")
            elif want[name] != have[name]:
                summary.append(f"  differs  {shown}")
                diffs += difflib.unified_diff(
                    have[name].decode(errors="replace").splitlines(),
                    want[name].decode(errors="replace").splitlines(),
                    f"{shown} (on disk)",
                    f"{shown} (from the spec)",
                    lineterm="",
                )
    if not summary:
        return []
    lines = [f"{show(out)} is not what the specs make (missing: the generator makes it; extra: it does not):"]
    lines += summary
    if len(diffs) > MAX_DIFF_LINES:
        diffs = [*diffs[:MAX_DIFF_LINES], f"... {len(diffs) - MAX_DIFF_LINES} more diff lines"]
    return lines + diffs + [f"Run `make generate` and commit {show(out)}/."]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("specs", nargs="*", type=Path, help="spec files (default: every spec/*.yaml)")
    parser.add_argument("--out", type=Path, default=GENERATED, help="where the packages go (default: generated/)")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if --out is not current")
    args = parser.parse_args()
    out: Path = args.out.resolve()
    specs = [spec.resolve() for spec in args.specs] or sorted(SPEC_DIR.glob("*.yaml"))
    packages = [package_name(spec) for spec in specs]
    if len(set(packages)) != len(packages):
        sys.exit(f"two specs make the same package: {', '.join(map(show, specs))}")
    # Packages whose spec is gone (only known when generating every spec).
    stale = [] if args.specs else sorted(p.name for p in out.glob("argus_api_*") if p.name not in packages)
    if not specs:
        print(f"no spec in {show(SPEC_DIR)}/: nothing to generate")

    check_pinned_tools()
    with tempfile.TemporaryDirectory(prefix="argus-generate-") as tmp:
        made = Path(tmp)
        generate(specs, made)
        if args.check:
            problems = compare(made, out, packages + stale)
            print("\n".join(problems) or f"{show(out)} is current: {', '.join(packages) or 'no packages'}")
            sys.exit(1 if problems else 0)
        out.mkdir(parents=True, exist_ok=True)
        for spec, package in zip(specs, packages, strict=True):
            if (out / package).exists():
                shutil.rmtree(out / package)
            shutil.copytree(made / package, out / package)
            print(f"{show(spec)} -> {show(out / package)}")
        for package in stale:
            shutil.rmtree(out / package)
            print(f"removed {show(out / package)} (its spec is gone)")


if __name__ == "__main__":
    main()
