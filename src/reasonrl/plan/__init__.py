"""Capacity planning: memory per GPU and time per step of a recipe's RL step on a GPU type
(`reasonrl plan`), and the smallest setup that fits."""
