import { checkShard } from './pages';

checkShard(0);
