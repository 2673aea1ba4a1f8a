"""The one pair batcher: whole sequences right-padded with loss on completion tokens only, and the
prompt-once layout derived from the same batch (left-padded prompts, right-padded completions),
which SFT and the RL groups read. Pure tensor layout, no model."""

import pytest
import torch

from reasonrl.modeling.batch import collate, collate_pairs

PAD = 9


def test_collate_pairs_pads_right_and_masks_the_completion_targets():
    b = collate_pairs([([1, 2], [3]), ([4], [5, 6, 7])], PAD)
    assert b.input_ids.tolist() == [[1, 2, 3, PAD], [4, 5, 6, 7]]
    assert b.attention_mask.tolist() == [[1, 1, 1, 0], [1, 1, 1, 1]]
    # position t predicts token t + 1: the loss sits where the target is a completion token
    assert b.completion_mask.tolist() == [[0, 1, 0], [1, 1, 1]]
    assert b.prompt_lengths.tolist() == [2, 1]


def test_collate_reads_rollouts_as_pairs():
    class R:
        def __init__(self, p, c):
            self.prompt_ids, self.completion_ids = p, c

    a, b = collate([R([1, 2], [3]), R([4], [5])], PAD), collate_pairs([([1, 2], [3]), ([4], [5])], PAD)
    assert all(torch.equal(x, y) for x, y in zip(vars(a).values(), vars(b).values(), strict=True))


def test_prompt_once_lays_each_prompt_left_padded_beside_its_completions():
    sb = collate_pairs([([1, 2, 3], [4]), ([5], [6, 7])], PAD).prompt_once(PAD)
    assert sb.prompt_ids.tolist() == [[1, 2, 3], [PAD, PAD, 5]]
    assert sb.prompt_mask.tolist() == [[1, 1, 1], [0, 0, 1]]
    assert sb.completion_ids.tolist() == [[4, PAD], [6, 7]]
    assert sb.mask.tolist() == [[1.0, 0.0], [1.0, 1.0]]
    assert sb.row_group.tolist() == [0, 1] and sb.lengths.tolist() == [1, 2]


def test_prompt_once_shares_a_groups_prompt_and_keeps_empty_completions():
    pairs = [([1, 2], [3, 4]), ([1, 2], []), ([5], [6])]
    sb = collate_pairs(pairs, PAD).prompt_once(PAD, [0, 0, 1])
    assert sb.prompt_ids.tolist() == [[1, 2], [PAD, 5]]
    assert sb.completion_ids.tolist() == [[3, 4], [PAD, PAD], [6, PAD]]
    assert sb.mask.tolist() == [[1.0, 1.0], [0.0, 0.0], [1.0, 0.0]]
    assert sb.row_group.tolist() == [0, 0, 1] and sb.lengths.tolist() == [2, 0, 1]


def test_selected_rows_keep_their_prompt_lengths():
    b = collate_pairs([([1, 2], [3]), ([4], [5, 6])], PAD).select(torch.tensor([1]))
    assert b.prompt_lengths.tolist() == [1]
    assert b.prompt_once(PAD).completion_ids.tolist() == [[5, 6]]


def test_prompt_once_refuses_what_it_cannot_lay_out():
    b = collate_pairs([([1], [2]), ([3], [4])], PAD)
    with pytest.raises(ValueError, match="order of appearance"):
        b.prompt_once(PAD, [1, 0])
    with pytest.raises(ValueError, match="prompt lengths"):
        type(b)(b.input_ids, b.attention_mask, b.completion_mask).prompt_once(PAD)
