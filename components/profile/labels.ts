import type { ActivityLevel, RiskFactor, SunExposure } from "@/lib/nutrition/profile";

export const ACTIVITY_LABEL: Record<ActivityLevel, string> = {
  sedentary: "Sedentary (little or no exercise)",
  light: "Light (exercise 1–3 days a week)",
  moderate: "Moderate (3–5 days a week)",
  active: "Active (6–7 days a week)",
  very_active: "Very active (physical job or twice a day)",
};

export const RISK_FACTOR_LABEL: Record<RiskFactor, string> = {
  diuretics: "I take diuretics",
  proton_pump_inhibitors: "I take proton pump inhibitors (e.g. omeprazole)",
  metformin: "I take metformin",
  diabetes: "I have diabetes",
  gi_disease: "I have Crohn's or another gut disease",
  kidney_disease: "I have kidney disease",
  alcohol: "I drink alcohol regularly",
};

export const SUN_LABEL: Record<SunExposure, string> = {
  little: "Little (mostly indoors, or covered up)",
  some: "Some",
  a_lot: "A lot",
};
