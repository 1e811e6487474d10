"""Data-parallel evaluation under `accelerate launch`: each process answers a shard.

    accelerate launch --multi_gpu --num_processes 2 -m bench run tiny   # 2 processes
    accelerate launch --multi_gpu --num_processes 8 -m bench run big    # 8 GPUs

(`--multi_gpu` is accelerate's multi-process launcher; on a machine without GPUs the
processes run on the CPU and talk over gloo. Its `--cpu` flag starts a single process.)
Process 0 decides the run folder and trains missing adapters while the others wait; every
process answers every `world`-th question of each (task, variant) into a file of its own;
process 0 then gathers the files in the canonical order, scores and reports. Results equal
a single process's (tested). Without `accelerate launch` this is one process, no set-up.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Sequence, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Shard:
    """This process's place among the processes answering one run."""

    rank: int = 0
    world: int = 1

    @property
    def main(self) -> bool:
        return self.rank == 0

    def mine(self, jobs: Sequence[T]) -> list[T]:
        """Every world-th job, starting at this process's rank."""
        return list(jobs[self.rank::self.world])

    def wait_for_everyone(self) -> None:
        if self.world > 1:
            _state().wait_for_everyone()

    def from_main(self, value: Any) -> Any:
        """Process 0's `value`, on every process (e.g. the run folder it chose)."""
        if self.world == 1:
            return value
        from accelerate.utils import broadcast_object_list

        return broadcast_object_list([value], from_process=0)[0]


def current_shard() -> Shard:
    """The shard of this process: from accelerate's state when launched with several
    processes (WORLD_SIZE > 1), otherwise the single whole."""
    if int(os.environ.get("WORLD_SIZE", "1")) <= 1:
        return Shard()
    state = _state()
    return Shard(rank=state.process_index, world=state.num_processes)


def _state():
    from datetime import timedelta

    import torch
    from accelerate import PartialState

    # Without a GPU, accelerate joins the processes over gloo only when told it is on CPUs.
    # The others wait while process 0 trains adapters: far longer than torch's 30 min default.
    return PartialState(cpu=not torch.cuda.is_available(), timeout=timedelta(days=2))
