"""Shared fixtures: example notes written for the tests."""

from __future__ import annotations

import pytest

GOOD_NOTE = """Subject: Thank you - Data Analyst interview

Dear Ms. Alvarez,

Thank you for taking the time to meet with me today. I enjoyed learning about the dashboard
migration project, and our conversation made me even more excited about the role.

My three years building SQL reports for a regional hospital line up well with what your team
needs. Could you share the timeline for next steps?

Best regards,
Jordan Lee
"""


@pytest.fixture
def good_note() -> str:
    return GOOD_NOTE
